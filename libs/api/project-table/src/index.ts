export * from './lib/project-table.module';
