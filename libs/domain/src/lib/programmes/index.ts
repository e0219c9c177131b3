export * from './programme.contract';
