// Playwright's web server: a fresh database on the test PostgreSQL, then the real launcher.
// On SIGTERM it stops the launcher (which stops api and worker) and drops what it created.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const runId = `${Date.now().toString(36)}_${process.pid}`;
const database = `gp_e2e_${runId}`;
const prefix = `gpe2e-${runId}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${database}"`);
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/${database}`;

const launcher = spawn(process.execPath, [join(root, 'tools/launcher/start.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT,
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    GP_SKIP_BUILD: '1',
    DEMO_DATA: 'on',
    SESSION_SECRET: 'browser-tests-secret-browser-tests-secret',
  },
});

let cleaning = false;
async function cleanUp(code) {
  if (cleaning) return;
  cleaning = true;
  if (launcher.exitCode === null) {
    await new Promise((done) => {
      launcher.once('exit', done);
      launcher.kill('SIGTERM');
    });
  }
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
  process.exit(code);
}

launcher.once('exit', (code) => cleanUp(code ?? 1));
process.on('SIGTERM', () => cleanUp(0));
process.on('SIGINT', () => cleanUp(0));
