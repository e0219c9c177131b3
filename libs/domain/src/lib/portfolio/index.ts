export * from './project-table.contract';
export * from './report.contract';
