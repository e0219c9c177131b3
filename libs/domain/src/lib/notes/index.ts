export * from './note.contract';
export * from './note-permissions';
export * from './note-mentions';
