export * from './zoned-time';
export * from './calendar-date';
