export * from './project.fixtures';
