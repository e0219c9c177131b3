export * from './lib/project-access';
export * from './lib/record-activity';
export * from './lib/project-filters';
export * from './lib/project-filter-query.dto';
export * from './lib/project-people';
export * from './lib/project-text-match';
export * from './lib/project-year';
