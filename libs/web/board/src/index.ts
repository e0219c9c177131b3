export * from './lib/board.routes';
export * from './lib/board.store';
export * from './lib/board-view';
