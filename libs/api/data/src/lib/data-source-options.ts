import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DatabaseSettings {
  databaseUrl: string;
  databasePoolMax: number;
}

/**
 * The one options object behind the Nest module, the migration CLI and the tests.
 * Schema changes only by migration. `pgcrypto` as the uuid extension makes TypeORM use core
 * `gen_random_uuid()` and never create an extension, which the embedded PGlite lacks.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: { max: settings.databasePoolMax },
    // Not 'error': an expected unique violation (answered 409) would read as a failure; the exception filter logs real ones.
    logging: ['warn'],
  };
}
