export * from './lib/programmes.routes';
export * from './lib/programmes/programmes.api';
export * from './lib/programmes/programmes.store';
export * from './lib/shared/time-zones';
export * from './lib/shared/call-times';
