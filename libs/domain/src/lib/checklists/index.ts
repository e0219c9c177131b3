export * from './checklist.contract';
export * from './due-date';
export * from './checklist-progress';
export * from './checklist-permissions';
