import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, PasswordHasher } from '@gp/api/core';
import { runMigrations } from '@gp/api/data';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoDataOnce } from '@gp/api/demo';
import { ensureFirstAdmin } from './first-admin';

/** Migrations at every start (under a lock), the first admin while there is none, then the demo data once when asked for. */
export async function prepareDatabase(app: INestApplication, config: AppConfig): Promise<void> {
  const logger = new Logger('Database');
  const dataSource = app.get(DataSource);
  const applied = await runMigrations(dataSource);
  if (applied.length > 0)
    logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  await ensureFirstAdmin(dataSource, config);
  if (config.demoData) {
    const hasher = new PasswordHasher();
    const loaded = await loadDemoDataOnce(
      dataSource,
      (plain) => hasher.hash(plain),
      new Date(),
      config,
    );
    if (loaded.length > 0) logger.log(`Loaded the demo data: ${loaded.join(', ')}`);
    printDemoAccounts();
  }
}

/** Printed whatever the log level: the first thing a person trying the desk needs. */
function printDemoAccounts(): void {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(32)} ${a.roles.join(', ')}`);
  process.stdout.write(`Demo accounts (password: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n`);
}
