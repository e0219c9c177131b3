export * from './co-funding.contract';
export * from './co-funding-rules';
export * from './decision-body.contract';
export * from './delegation-route';
export * from './back-planning';
export * from './minutes-reference';
export * from './co-funding-ledger';
export * from './approved-co-funding';
