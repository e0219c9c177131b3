export * from './zoned-time';
export * from './calendar-date';
export * from './working-days';
