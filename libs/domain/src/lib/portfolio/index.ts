export * from './project-table.contract';
export * from './project-table.words';
export * from './project-table.query';
export * from './spreadsheet-cells';
export * from './report.contract';
