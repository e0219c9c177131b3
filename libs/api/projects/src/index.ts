export * from './lib/projects.module';
export * from './lib/lifecycle/purge/housekeeping.module';
export * from './lib/lifecycle/purge/deleted-idea.purger';
export * from './lib/lifecycle/purge/housekeeping-schedulers';
