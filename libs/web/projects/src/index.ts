export * from './lib/projects.routes';
export * from './lib/board/board.store';
export * from './lib/board/board-view';
