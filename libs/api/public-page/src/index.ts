export * from './lib/public-page.module';
