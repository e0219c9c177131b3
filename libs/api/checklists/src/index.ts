export * from './lib/checklists.module';
