export * from './lib/approvals.routes';
export * from './lib/approvals.store';
