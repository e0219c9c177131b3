export * from './deadline.contract';
export * from './reminder-schedule';
