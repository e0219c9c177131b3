/** Co-funding data access: the one HTTP client of the co-funding resource, for every feature that asks or decides. */
export * from './lib/co-funding.api';
export * from './lib/delegated-decisions';
