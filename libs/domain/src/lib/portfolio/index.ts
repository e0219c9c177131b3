export * from './project-table.contract';
export * from './report.contract';
export * from './report-attempts';
export * from './report-period';
export * from './report-ratios';
export * from './report-deadlines';
export * from './report-tables';
export * from './exchange-rates';
