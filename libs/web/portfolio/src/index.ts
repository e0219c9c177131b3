export * from './lib/portfolio.routes';
