export * from './lib/spreadsheet';
export * from './lib/spreadsheet-writer';
export * from './lib/attachment-disposition';
export * from './lib/zoned-clock';
