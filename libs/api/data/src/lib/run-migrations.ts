import { DataSource, Migration, MigrationExecutor } from 'typeorm';

/** Any fixed number: the key of the advisory lock that lets one process migrate at a time. */
const MIGRATION_LOCK = 4_207_301;

/**
 * Applies pending migrations while holding an advisory lock, so several api processes starting
 * together migrate once. Lock and migrations share one connection: on the embedded PGlite the
 * pool has a single connection, and a second one would wait for ever.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    return await executor.executePendingMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
