export * from './lib/demo-accounts';
export * from './lib/demo-programmes';
export * from './lib/demo-projects';
export * from './lib/load-demo-data';
export * from './lib/demo-exchange-rates';
