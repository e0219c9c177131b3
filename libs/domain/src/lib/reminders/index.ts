export * from './deadline.contract';
export * from './reminder-schedule';
export * from './notification.contract';
export * from './deadline-names';
export * from './reminder-delivery';
export * from './reminder-rules';
export * from './reminder-audience';
export * from './wanted-deadlines';
