export * from './lib/board.module';
