export * from './lib/admin.routes';
export * from './lib/departments/departments.api';
export * from './lib/departments/departments.store';
export * from './lib/users/users.api';
export * from './lib/users/users.store';
export * from './lib/mail-log/mail-log.api';
export * from './lib/mail-log/mail-log.store';
