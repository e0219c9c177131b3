export * from './lib/projects.routes';
export * from './lib/board/board.store';
export * from './lib/board/board-view';
export * from './lib/calendar/calendar.routes';
export * from './lib/calendar/calendar.api';
