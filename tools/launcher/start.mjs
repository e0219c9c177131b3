// `npm start`: the whole desk on one port with no server to install. Whatever is not configured
// is supplied: an embedded PostgreSQL (PGlite, in ./data/pg), a Redis (the one on 6379, or a
// redis-server of our own in ./data/redis), and emails kept in the app instead of sent.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nxBin } from '../nx-bin.mjs';
import { HOW_TO_GET_REDIS, redisAnswers, redisServerOnPath, startOwnRedis } from './redis.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(process.env.GP_DATA_DIR ?? join(root, 'data'));
const port = Number(process.env.PORT ?? 3000);
const children = [];
let shuttingDown = false;

const say = (line) => process.stdout.write(`${line}\n`);

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => done(free));
    });
  });
}

function portIsFree(wanted) {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(wanted, () => server.close(() => done(true)));
  });
}

function build() {
  if (process.env.GP_SKIP_BUILD === '1' && existsSync(join(root, 'dist/apps/api/main.js'))) return;
  const first = !existsSync(join(root, 'dist/apps/web/browser/index.html'));
  say(
    first
      ? 'Building Projektdesken: the first start takes a minute or two…'
      : 'Checking the build (cached when nothing changed)…',
  );
  const result = spawnSync(
    process.execPath,
    [
      nxBin(root),
      'run-many',
      '-t',
      'build',
      'precompress',
      '-p',
      'api',
      'worker',
      'web',
      '--output-style=static',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        NX_DAEMON: 'false',
        NX_NO_CLOUD: 'true',
        NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '',
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\nThe build failed; see above.\n`);
    process.exit(1);
  }
}

function sessionSecret() {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  // Kept in the data folder so sessions survive a restart.
  const file = join(dataDir, 'session-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** Runs a child; if it ends on its own while we are not stopping, everything stops. */
function run(name, args, env, stdio = 'inherit') {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio });
  child.name = name;
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!shuttingDown) {
      process.stderr.write(
        `${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping Projektdesken.\n`,
      );
      shutdown(1);
    }
  });
  return child;
}

async function startEmbeddedPostgres() {
  const pgDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
  mkdirSync(pgDir, { recursive: true });
  const pgPort = await freePort();
  say(
    fresh
      ? `Creating the embedded PostgreSQL database in ${pgDir}…`
      : `Opening the embedded PostgreSQL database in ${pgDir}…`,
  );
  const child = run(
    'embedded PostgreSQL',
    [join(root, 'tools/launcher/embedded-postgres.mjs'), pgDir, String(pgPort)],
    process.env,
    ['ignore', 'pipe', 'inherit'],
  );
  await new Promise((ready, fail) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('ready')) ready();
    });
    child.once('exit', () => fail(new Error('The embedded PostgreSQL did not start.')));
  });
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres`,
    poolMax: '1',
    label: `embedded PostgreSQL (PGlite) in ${pgDir}`,
  };
}

async function findRedis() {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, label: process.env.REDIS_URL };
  if (await redisAnswers('127.0.0.1', 6379))
    return { url: 'redis://127.0.0.1:6379', label: 'the Redis on 127.0.0.1:6379' };
  if (!redisServerOnPath()) {
    process.stderr.write(`${HOW_TO_GET_REDIS}\n`);
    process.exit(1);
  }
  const redisPort = await freePort();
  const child = await startOwnRedis(join(dataDir, 'redis'), redisPort);
  child.name = 'redis-server';
  children.push(child);
  return {
    url: `redis://127.0.0.1:${redisPort}`,
    label: `a redis-server of its own (files in ${join(dataDir, 'redis')})`,
  };
}

async function waitForHealth(timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !shuttingDown) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The api did not become healthy within ${timeoutMs / 1000} s.`);
}

async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('Stopping Projektdesken…');
  // Workers first (they finish their current job), then the api, then the stores they use.
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    await new Promise((done) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
  }
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  if (!(await portIsFree(port))) {
    process.stderr.write(
      `Port ${port} is in use; stop what runs there or start with PORT=<another port> npm start.\n`,
    );
    process.exit(1);
  }
  mkdirSync(dataDir, { recursive: true });
  build();

  const database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, poolMax: process.env.DATABASE_POOL_MAX, label: 'DATABASE_URL' }
    : await startEmbeddedPostgres();
  const redis = await findRedis();
  const nodeEnv = process.env.NODE_ENV ?? 'development';
  const env = {
    ...process.env,
    NODE_ENV: nodeEnv,
    PORT: String(port),
    DATABASE_URL: database.url,
    ...(database.poolMax ? { DATABASE_POOL_MAX: database.poolMax } : {}),
    REDIS_URL: redis.url,
    SESSION_SECRET: sessionSecret(),
    // The demo accounts have a published password: loaded by default to try the desk, never in
    // production (where the api would refuse to start with them).
    DEMO_DATA: process.env.DEMO_DATA ?? (nodeEnv === 'production' ? 'off' : 'on'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    WEB_DIST: process.env.WEB_DIST ?? join(root, 'dist/apps/web/browser'),
  };

  say('Starting the api (migrations run first)…');
  // V8's young generation capped as in the Dockerfile (see there why).
  run('api', ['--max-semi-space-size=2', join(root, 'dist/apps/api/main.js')], env);
  await waitForHealth();
  run('worker', [join(root, 'dist/apps/worker/main.js')], env);

  say('');
  say(`Projektdesken is running at http://localhost:${port}`);
  say(`  database: ${database.label}`);
  say(`  redis:    ${redis.label}`);
  say(`  demo:     ${['on', 'true', '1'].includes(env.DEMO_DATA) ? 'on (accounts above)' : 'off'}`);
  say(
    `  email:    ${process.env.SMTP_URL ? 'sent over SMTP_URL' : 'kept in the app (Administration → Mail log); set SMTP_URL to send'}`,
  );
  say('Press Ctrl+C to stop.');
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  shutdown(1);
});
