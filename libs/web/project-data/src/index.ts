export * from './lib/projects.api';
export * from './lib/filter-lists';
export * from './lib/project-calendar-file';
export * from './lib/read-ahead';
export * from './lib/project-page-reads';
