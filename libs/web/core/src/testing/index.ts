export * from './desk-testing';
