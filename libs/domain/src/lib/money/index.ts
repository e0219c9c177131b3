export * from './currency';
export * from './money';
export * from './format-money';
export * from './parse-money-input';
export * from './sum-money';
export * from './co-financing';
export * from './budget-shares';
