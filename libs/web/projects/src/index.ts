export * from './lib/projects.routes';
export * from './lib/projects.api';
export * from './lib/board/board.store';
export * from './lib/board/board-view';
