export * from './project.contract';
export * from './board.contract';
export * from './project-permissions';
export * from './activity.contract';
export * from './budget-change';
export * from './field-permissions';
export * from './project-changes';
