export * from './co-funding.contract';
export * from './co-funding-rules';
