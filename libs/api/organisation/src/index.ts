export * from './lib/organisation.module';
export * from './lib/organisation-settings.service';
