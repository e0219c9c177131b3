export * from './lib/approvals.routes';
export * from './lib/approvals.api';
export * from './lib/approvals.store';
