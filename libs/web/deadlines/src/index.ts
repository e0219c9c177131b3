export * from './lib/calendar.routes';
export * from './lib/calendar.api';
