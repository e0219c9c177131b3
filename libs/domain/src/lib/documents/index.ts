export * from './document.contract';
export * from './document-limits';
export * from './document-types';
export * from './document-permissions';
export * from './document-words';
