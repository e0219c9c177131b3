export * from './lib/project-documents.component';
