export * from './programme.contract';
export * from './programme-permissions';
