export * from './lib/stage-options';
export * from './lib/move-subject';
export * from './lib/move.dialog';
export * from './lib/stage-move-menu.component';
export * from './lib/stage-mover';
export * from './lib/project-move-facts';
