/**
 * The api under many clients, as a process of its own (the built program, as in production) on
 * 5,000 projects in a fresh PostgreSQL database. For each load: requests a second, latency p50 and
 * p99, errors, timeouts (over 10 s) and the api's resident memory (RSS, sampled every 200 ms from
 * /proc), beside the floor of the same clients on /api/health in the same round:
 *
 * - 50 clients on the board (GET /api/board as the board page asks for it);
 * - 50 clients on a project page (every request the page makes, for one of 50 projects each);
 * - 200 clients, half on the board and half on project pages.
 *
 * Every client has a session of its own (50 sign-ins, shared round-robin by the 200), and asks for
 * compressed answers as a browser does. Prints a summary and writes tools/bench/results/load.json.
 *
 * Run: npm run bench:load   (needs PostgreSQL and Redis as for the tests, and the built api:
 *      npx nx build api). BENCH_SECONDS (default 20) per load, BENCH_ROUNDS (default 2).
 */
import 'reflect-metadata';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadAppConfig, PasswordHasher } from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the api as a process, as the process tests run it
import { FetchClient, runNode, waitForHealthy, type Running } from '../../apps/api/test/support/processes';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the same free port the process tests take
import { freePort } from '../../apps/api/test/support/redis-server';
import { seedProjects } from './support/seed-projects';

const PROJECTS = Number(process.env['BENCH_PROJECTS'] ?? 5000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 20);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
/** How the Dockerfile and tools/launcher/start.mjs start the api (see the Dockerfile's comment). */
const API_NODE_FLAGS = '--max-semi-space-size=2';
const HEAP_SNAPSHOTS = process.env['BENCH_HEAP_SNAPSHOTS'] === '1';
const SESSIONS = 50;
const TIMEOUT_S = 10;
const adminUrl = process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * What a project page asks the api for when it opens, as recorded in Chromium (libs/web/projects
 * and the sections it embeds; the documents and notes sections since issue 15).
 */
export const projectPageRequests = (id: string): string[] => [
  '/api/auth/session',
  '/api/departments',
  '/api/programmes',
  '/api/people',
  `/api/projects/${id}`,
  `/api/projects/${id}/history`,
  '/api/reminders/preferences',
  `/api/projects/${id}/checklist`,
  `/api/projects/${id}/co-funding-requests`,
  `/api/projects/${id}/activity`,
  `/api/projects/${id}/documents`,
  `/api/projects/${id}/notes`,
  `/api/reminders/planned?projectId=${id}`,
];

const round = (value: number, digits = 1) => +value.toFixed(digits);
const say = (line: string) => process.stdout.write(`${line}\n`);

/** What the api's memory is made of, as the api itself reports it (support/memory-probe.cjs). */
interface MemoryBreakdown {
  rssMb: number;
  heapTotalMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
}

/**
 * The api's resident memory in MB, read from /proc while the load runs, and at its highest sample
 * the breakdown the api last wrote: V8's heap vs memory outside it (zlib, sockets, buffers).
 */
class RssSampler {
  private readonly samples: number[] = [];
  private peak: { mb: number; breakdown: MemoryBreakdown | undefined } = { mb: 0, breakdown: undefined };
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly pid: number,
    private readonly probeFile: string,
  ) {}

  now(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]) / 1024;
  }

  breakdown(): MemoryBreakdown | undefined {
    try {
      return JSON.parse(readFileSync(this.probeFile, 'utf8')) as MemoryBreakdown;
    } catch {
      return undefined; // not written yet, or caught mid-write
    }
  }

  private sample(): void {
    const mb = this.now();
    this.samples.push(mb);
    if (mb >= this.peak.mb) this.peak = { mb, breakdown: this.breakdown() ?? this.peak.breakdown };
  }

  start(): void {
    this.samples.length = 0;
    this.peak = { mb: 0, breakdown: undefined };
    this.timer = setInterval(() => this.sample(), 200);
  }

  stop(): { maxMb: number; endMb: number; atPeak: MemoryBreakdown | undefined } {
    clearInterval(this.timer);
    this.sample();
    return { maxMb: round(Math.max(...this.samples)), endMb: round(this.now()), atPeak: this.peak.breakdown };
  }
}

/** The api's CPU time so far in clock ticks, from /proc. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

/**
 * Waits until the api is idle (under 5 % of a core for a second): autocannon stops at its
 * duration, but the api still answers what was asked before, and that work's memory would be
 * counted against the next load.
 */
async function settle(pid: number): Promise<void> {
  const tickMs = 10; // USER_HZ is 100 on Linux
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = cpuTicks(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if ((cpuTicks(pid) - before) * tickMs < 50) return;
    if (Date.now() > deadline) throw new Error('The api did not become idle within a minute of a load');
  }
}

interface Load {
  name: string;
  /** Each part: clients, and the paths one client asks for in turn (given its project). */
  parts: Array<{ clients: number; paths: (projectId: string) => string[] }>;
}

interface LoadResult {
  name: string;
  clients: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  rss: { maxMb: number; endMb: number; atPeak: MemoryBreakdown | undefined };
}

async function runLoad(
  base: string,
  load: Load,
  cookies: string[],
  projectIds: string[],
  rss: RssSampler,
): Promise<LoadResult> {
  let client = 0;
  rss.start();
  // BENCH_HEAP_SNAPSHOTS=1: the api writes a heap snapshot (into the workspace root) halfway through each load.
  const snapshot = HEAP_SNAPSHOTS
    ? setTimeout(() => process.kill(rss.pid, 'SIGUSR2'), (SECONDS * 1000) / 2)
    : undefined;
  const results = await Promise.all(
    load.parts.map((part) => {
      const requests = part.paths('x').map((_, i) => ({
        method: 'GET',
        // Each connection is one person: a session and a project of its own, kept for the run.
        setupRequest: (request: CannonRequest, context: Record<string, string>) => {
          if (!context['cookie']) {
            const n = client++;
            context['cookie'] = cookies[n % cookies.length];
            context['projectId'] = projectIds[n % projectIds.length];
          }
          return {
            ...request,
            path: part.paths(context['projectId'])[i],
            headers: {
              ...request.headers,
              cookie: context['cookie'],
              'accept-encoding': process.env['BENCH_ACCEPT_ENCODING'] ?? 'br, gzip',
            },
          } as CannonRequest;
        },
      }));
      return autocannon({
        url: base,
        connections: part.clients,
        duration: SECONDS,
        timeout: TIMEOUT_S,
        requests: requests as unknown as CannonRequest[],
      });
    }),
  );
  clearTimeout(snapshot);
  const memory = rss.stop();
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((n, r) => n + pick(r), 0);
  const worst = (pick: (r: autocannon.Result) => number) => Math.max(...results.map(pick));
  return {
    name: load.name,
    clients: load.parts.reduce((n, part) => n + part.clients, 0),
    requestsPerSecond: round(sum((r) => r.requests.average)),
    latencyMs: {
      p50: worst((r) => r.latency.p50),
      p99: worst((r) => r.latency.p99),
      max: worst((r) => r.latency.max),
    },
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    rss: memory,
  };
}

async function main(): Promise<void> {
  const loadBefore = loadavg().map((value) => round(value, 2));
  const database = `gp_bench_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const env = {
    DATABASE_URL: url.toString(),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: database,
    SESSION_SECRET: 'benchmark-secret-benchmark-secret-1',
    LOG_LEVEL: 'error',
  };
  let api: Running | undefined;
  try {
    const dataSource = await new DataSource(dataSourceOptions(loadAppConfig(env))).initialize();
    await runMigrations(dataSource);
    const hasher = new PasswordHasher();
    await loadDemoDataOnce(dataSource, (plain) => hasher.hash(plain));
    await seedProjects(dataSource, PROJECTS);
    const projectIds: string[] = (
      await dataSource.query(
        `SELECT id FROM project WHERE stage <> 'closed' ORDER BY md5(id::text) LIMIT ${SESSIONS}`,
      )
    ).map((row: { id: string }) => row.id);
    await dataSource.destroy();

    const port = await freePort();
    const probeFile = join(tmpdir(), `${database}-memory.json`);
    api = runNode('dist/apps/api/main.js', {
      ...env,
      NODE_OPTIONS: `${API_NODE_FLAGS} --require ${join(__dirname, 'support/memory-probe.cjs')} ${HEAP_SNAPSHOTS ? '--heapsnapshot-signal=SIGUSR2' : ''} ${process.env['BENCH_NODE_OPTIONS'] ?? ''}`,
      MEMORY_PROBE_FILE: probeFile,
      MALLOC_ARENA_MAX: process.env['MALLOC_ARENA_MAX'],
      PORT: String(port),
      SIGN_IN_ATTEMPTS: '1000',
      SIGN_IN_ADDRESS_ATTEMPTS: '100000',
      SIGN_IN_ACCOUNT_ATTEMPTS: '100000',
    });
    await waitForHealthy(port).catch((error: Error) => {
      throw new Error(`${error.message}\n${api?.output()}`);
    });
    const base = `http://127.0.0.1:${port}`;
    const cookies: string[] = [];
    for (let n = 0; n < SESSIONS; n++) {
      const client = new FetchClient(base);
      const signedIn = await client.request('POST', '/api/auth/sign-in', {
        email: 'samordnare@demo.kommun.se',
        password: 'demo-password',
      });
      if (signedIn.status !== 200)
        throw new Error(`Sign-in ${n}: ${signedIn.status} ${JSON.stringify(signedIn.body)}`);
      cookies.push(client.cookieHeader());
    }
    const rss = new RssSampler(api.child.pid as number, probeFile);
    const startedMb = round(rss.now());
    const startedBreakdown = rss.breakdown();
    const health = (clients: number): Load => ({
      name: `${clients} clients on /api/health (floor)`,
      parts: [{ clients, paths: () => ['/api/health'] }],
    });
    const loads: Load[] = [
      health(50),
      { name: '50 clients on the board', parts: [{ clients: 50, paths: () => ['/api/board'] }] },
      { name: '50 clients on a project page', parts: [{ clients: 50, paths: projectPageRequests }] },
      health(200),
      {
        name: '200 clients, half board, half project page',
        parts: [
          { clients: 100, paths: () => ['/api/board'] },
          { clients: 100, paths: projectPageRequests },
        ],
      },
    ];
    const rounds: LoadResult[][] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const results: LoadResult[] = [];
      // BENCH_ONLY=<part of a load's name>: that load alone, to look at it (e.g. with BENCH_HEAP_SNAPSHOTS).
      for (const load of loads.filter((l) => l.name.includes(process.env['BENCH_ONLY'] ?? ''))) {
        await settle(rss.pid);
        const result = await runLoad(base, load, cookies, projectIds, rss);
        results.push(result);
        say(
          `round ${r}  ${result.name.padEnd(46)} ${String(result.requestsPerSecond).padStart(7)} req/s  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  ` +
            `errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  RSS max ${result.rss.maxMb} MB` +
            (result.rss.atPeak
              ? ` (heap ${result.rss.atPeak.heapUsedMb}/${result.rss.atPeak.heapTotalMb}, external ${result.rss.atPeak.externalMb}, buffers ${result.rss.atPeak.arrayBuffersMb})`
              : ''),
        );
      }
      rounds.push(results);
    }
    const result = {
      measuredAt: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
      loadAverage: { before: loadBefore, after: loadavg().map((value) => round(value, 2)) },
      projects: PROJECTS,
      secondsPerLoad: SECONDS,
      timeoutSeconds: TIMEOUT_S,
      goalRssMbAt50Clients: 250,
      apiRssAtStartMb: startedMb,
      apiMemoryAtStart: startedBreakdown,
      projectPageRequests: projectPageRequests(':id'),
      rounds,
    };
    writeFileSync(join(__dirname, 'results/load.json'), `${JSON.stringify(result, null, 2)}\n`);
    say(
      `API RSS at start ${startedMb} MB; load average ${result.loadAverage.before.join(' ')} → ${result.loadAverage.after.join(' ')}; written to tools/bench/results/load.json`,
    );
  } finally {
    if (api) {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
