export * from './lib/deadlines.module';
