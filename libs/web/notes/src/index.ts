export * from './lib/project-notes.component';
