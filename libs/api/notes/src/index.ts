export * from './lib/notes.module';
