export * from './lib/co-funding.module';
