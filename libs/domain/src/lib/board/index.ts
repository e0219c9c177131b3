export * from './board-page';
