export * from './lib/approvals/approvals.routes';
export * from './lib/approvals/approvals.store';
export * from './lib/co-funding.routes';
export * from './lib/project/co-funding.component';
