/**
 * The desk as `npm start` runs it, for the project-page and Lighthouse benchmarks: the launcher
 * (tools/launcher/start.mjs) on the build in dist/, an embedded PostgreSQL (PGlite) in a data
 * folder of the run's own under /tmp, demo data, and Redis keys under a prefix of the run's own.
 * Also a signed-in session (cookies as a browser keeps them) and a project to open.
 *
 * BENCH_PORT picks the port (4531 by default); BENCH_DESK_ROOT points at another checkout's build
 * (to measure a "before" build with the same benchmark).
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deletePrefixedKeys } from './support/redis-keys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
const deskRoot = resolve(process.env.BENCH_DESK_ROOT ?? repoRoot);
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const say = (line) => process.stdout.write(`${line}\n`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** What else the machine was doing: load averages and cores, to read the figures beside. */
export const machineLoad = () => ({
  cores: cpus().length,
  loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
});

/**
 * Starts the desk and returns { base, stop }. stop() ends the launcher's process group and removes
 * the data folder and the Redis keys; it also runs on SIGINT/SIGTERM.
 */
export async function startDesk(name) {
  for (const file of [
    'dist/apps/api/main.js',
    'dist/apps/worker/main.js',
    'dist/apps/web/browser/index.html',
  ]) {
    if (!existsSync(join(deskRoot, file))) {
      throw new Error(`${join(deskRoot, file)} is missing; build first: npm run build`);
    }
  }
  const runId = `${name}-${Date.now().toString(36)}-${process.pid}`;
  const dataDir = `/tmp/gp-bench-${runId}`;
  const prefix = `gpbench-${runId}`;
  const port = Number(process.env.BENCH_PORT ?? 4531);
  let output = '';
  const launcher = spawn(process.execPath, [join(deskRoot, 'tools/launcher/start.mjs')], {
    cwd: deskRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      GP_DATA_DIR: dataDir,
      GP_SKIP_BUILD: '1',
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      DEMO_DATA: 'on',
      LOG_LEVEL: 'error',
      SESSION_SECRET: 'benchmark-secret-benchmark-secret-benchmark',
    },
  });
  launcher.stdout.on('data', (chunk) => (output += chunk));
  launcher.stderr.on('data', (chunk) => (output += chunk));

  let stopping = null;
  const stop = () =>
    (stopping ??= (async () => {
      if (launcher.exitCode === null && launcher.signalCode === null) {
        await new Promise((done) => {
          const force = setTimeout(() => {
            try {
              process.kill(-launcher.pid, 'SIGKILL');
            } catch {
              // already gone
            }
            done();
          }, 40_000);
          launcher.once('exit', () => {
            clearTimeout(force);
            done();
          });
          launcher.kill('SIGTERM');
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
      await deletePrefixedKeys(redisUrl, prefix);
    })());
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (launcher.exitCode !== null) {
      await stop();
      throw new Error(`The launcher stopped:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The desk did not start in 240 s:\n${output}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok && output.includes('is running at')) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return { base, stop };
}

/** A browser's cookie jar for one person: the session and CSRF cookies, and the token to echo. */
export class Session {
  cookies = new Map();
  csrfToken = '';

  constructor(base) {
    this.base = base;
  }

  get cookie() {
    return [...this.cookies].map(([key, value]) => `${key}=${value}`).join('; ');
  }

  async signIn(email, password = 'demo-password') {
    const opened = await this.fetch('/api/auth/session');
    this.csrfToken = (await opened.json()).csrfToken;
    const response = await this.fetch('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrfToken },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`Sign-in as ${email}: ${response.status} ${await response.text()}`);
    this.csrfToken = (await response.json()).csrfToken;
    return this;
  }

  async fetch(path, init = {}) {
    const response = await fetch(`${this.base}${path}`, {
      ...init,
      headers: { ...(init.headers ?? {}), ...(this.cookies.size ? { cookie: this.cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  async json(path) {
    const response = await this.fetch(path);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response.json();
  }
}

/**
 * A demo project in application (checklist and co-funding both show there): the one with most
 * checklist items, so the page is as full as the demo makes it.
 */
export async function applicationProject(session) {
  const found = [];
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (typeof value.id === 'string' && value.stage === 'application') found.push(value);
      Object.values(value).forEach(walk);
    }
  };
  walk(await session.json('/api/board'));
  if (!found.length) throw new Error('No project in application on the demo board');
  let best = { id: found[0].id, items: -1 };
  for (const project of found) {
    const items = (await session.json(`/api/projects/${project.id}/checklist`)).length;
    if (items > best.items) best = { id: project.id, items };
  }
  return best.id;
}
