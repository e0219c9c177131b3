export * from './lib/entities';
export * from './lib/data-source-options';
export * from './lib/run-migrations';
export * from './lib/database.module';
export * from './lib/mappers/user-account.mapper';
export * from './lib/optimistic-update';
export { migrations } from './lib/migrations';
export * from './lib/mappers/due-rule.mapper';
