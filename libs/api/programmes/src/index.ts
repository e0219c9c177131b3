export * from './lib/programmes.module';
