/**
 * The project page's data against the floor of /api/health, under the same load, in one run.
 *
 * 1. Requests: opens a project page in Debian's Chromium (signed in as the demo coordinator) and
 *    records every /api request the page makes after the app shell (the session check) with its
 *    start and end. Reports how many requests, how many waves (a request that starts only after
 *    another answered is a wave after it), and the page's LCP and CLS from the browser's own
 *    PerformanceObservers, over LOADS cold loads (a new browser context each).
 * 2. Timing: the page's reads as the page makes them (each wave's requests at once, the waves one
 *    after another, as the first load found them) timed from the first request to the last answer,
 *    beside /api/health timed the same way (as many requests in the same waves), alternating,
 *    ROUNDS rounds, with 1 and then 4 such clients at once (CONCURRENCY=1,4); p50 and p95 of each
 *    and the ratio of their p50s.
 *
 * Starts the desk as `npm start` does (tools/bench/project-page.desk.mjs: PGlite, demo data, a data
 * folder of its own under /tmp, port BENCH_PORT=4531). Needs the build: npm run build.
 * Run: npm run bench:project-page   → tools/bench/results/project-page.json (BENCH_OUT elsewhere)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { Session, applicationProject, machineLoad, repoRoot, say, startDesk } from './project-page.desk.mjs';

const LOADS = Number(process.env.LOADS ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 40);
const CONCURRENCY = (process.env.CONCURRENCY ?? '1,4').split(',').map(Number);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const out = process.env.BENCH_OUT ?? join(repoRoot, 'tools/bench/results/project-page.json');

const round = (n, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const percentile = (values, p) =>
  values.length === 0
    ? 0
    : [...values].sort((a, b) => a - b)[
        Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)
      ];
const median = (values) => percentile(values, 50);

/** In the page: LCP and CLS as the browser reports them, kept on window. */
function vitalsProbe() {
  window.__lcp = 0;
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // What moved, so a shift can be traced to the section that pushed it.
  window.__shifts = [];
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return String(node?.nodeName ?? 'text');
    const host = node.closest('[data-testid], section, gp-project-checklist, gp-project-co-funding');
    return `${node.tagName.toLowerCase()} in ${host ? (host.getAttribute('data-testid') ?? host.tagName.toLowerCase() + (host.getAttribute('aria-labelledby') ? `#${host.getAttribute('aria-labelledby')}` : '')) : 'page'}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push({
        at: Math.round(entry.startTime),
        value: Math.round(entry.value * 10000) / 10000,
        moved: entry.sources.map((source) => ({
          node: describe(source.node),
          fromY: Math.round(source.previousRect.y),
          toY: Math.round(source.currentRect.y),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Waves: a request that started only after another had answered may have waited for it; its wave
 * is one more than the latest such one's. Requests that all start together are one wave.
 */
function waves(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const waveOf = new Map();
  for (const request of sorted) {
    const before = sorted.filter((other) => other !== request && other.end <= request.start);
    waveOf.set(request, 1 + Math.max(0, ...before.map((other) => waveOf.get(other))));
  }
  const result = [];
  for (const [request, wave] of waveOf) (result[wave - 1] ??= []).push(request);
  return result.filter(Boolean);
}

async function pageLoads(base, cookie, projectId) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  try {
    const loads = [];
    for (let i = 0; i < LOADS; i++) {
      // Cold each time, as a first visit and Lighthouse: nothing cached, the fonts included.
      const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
      await context.addCookies(
        cookie.split('; ').map((pair) => {
          const at = pair.indexOf('=');
          return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
        }),
      );
      await context.addInitScript(vitalsProbe);
      const page = await context.newPage();
      const requests = [];
      const started = new Map();
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) started.set(request, performance.now());
      });
      page.on('requestfinished', (request) => {
        if (!started.has(request)) return;
        const { pathname, search } = new URL(request.url());
        requests.push({ path: pathname + search, start: started.get(request), end: performance.now() });
      });
      await page.goto(`${base}/projects/${projectId}`);
      await page.getByTestId('project-history').waitFor();
      await page.getByTestId('project-activity').waitFor();
      await page.waitForLoadState('networkidle');
      // LCP is final once the person acts; a frame later CLS has every shift of the load.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
      const { lcp, cls, shifts } = await page.evaluate(() => ({
        lcp: window.__lcp,
        cls: window.__cls,
        shifts: window.__shifts,
      }));
      // The session check belongs to the app shell, before any page; the page's own reads follow it.
      const own = requests.filter((r) => !r.path.startsWith('/api/auth/'));
      const grouped = waves(own);
      loads.push({
        requests: own.length,
        waves: grouped.length,
        wavePaths: grouped.map((w) => w.map((r) => r.path.replace(projectId, ':id'))),
        lcpMs: round(lcp),
        cls: round(cls, 4),
        // Only the shifts that count towards the goal's scale, to keep the file readable.
        shifts: shifts.filter((shift) => shift.value >= 0.001),
      });
      await context.close();
    }
    return loads;
  } finally {
    await browser.close();
  }
}

/** One client's round: each wave's reads at once, the waves one after another, timed to the last answer. */
async function inWaves(session, waves) {
  const started = performance.now();
  for (const paths of waves) {
    await Promise.all(
      paths.map(async (path) => {
        const response = await session.fetch(path);
        if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
        await response.arrayBuffer();
      }),
    );
  }
  return performance.now() - started;
}

async function timing(session, pageWaves, concurrency) {
  const healthWaves = pageWaves.map((paths) => paths.map(() => '/api/health'));
  const page = [];
  const health = [];
  const clients = Array.from({ length: concurrency });
  const both = [
    async () => page.push(...(await Promise.all(clients.map(() => inWaves(session, pageWaves))))),
    async () => health.push(...(await Promise.all(clients.map(() => inWaves(session, healthWaves))))),
  ];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating, so both see the same load.
    for (const run of round % 2 === 0 ? both : [...both].reverse()) await run();
  }
  const summary = (values) => ({
    p50: round(median(values)),
    p95: round(percentile(values, 95)),
    n: values.length,
  });
  const pageSummary = summary(page);
  const healthSummary = summary(health);
  return {
    requestsPerRound: pageWaves.flat().length,
    waves: pageWaves.length,
    concurrency,
    projectPageMs: pageSummary,
    floorHealthMs: healthSummary,
    ratioP50: round(pageSummary.p50 / healthSummary.p50, 2),
  };
}

async function main() {
  const desk = await startDesk('project-page');
  try {
    const session = await new Session(desk.base).signIn('samordnare@demo.kommun.se');
    const projectId = await applicationProject(session);
    const loadBefore = machineLoad();
    const loads = await pageLoads(desk.base, session.cookie, projectId);
    for (const [i, load] of loads.entries()) {
      say(
        `load #${i + 1}: ${load.requests} requests in ${load.waves} waves, LCP ${load.lcpMs} ms, CLS ${load.cls}`,
      );
    }
    const pageWaves = loads[0].wavePaths.map((paths) => paths.map((path) => path.replace(':id', projectId)));
    const timed = [];
    for (const concurrency of CONCURRENCY) {
      const figures = await timing(session, pageWaves, concurrency);
      timed.push(figures);
      say(
        `${concurrency} client(s): the page's ${figures.requestsPerRound} reads in ${figures.waves} wave(s): ` +
          `p50 ${figures.projectPageMs.p50} ms, p95 ${figures.projectPageMs.p95} ms; ` +
          `as many /api/health: p50 ${figures.floorHealthMs.p50} ms (ratio ${figures.ratioP50})`,
      );
    }
    const report = {
      benchmark: 'project-page',
      at: new Date().toISOString(),
      goals: { waves: 1, lcpMs: '<= 1000', cls: '<= 0.02' },
      page: {
        requests: median(loads.map((l) => l.requests)),
        waves: median(loads.map((l) => l.waves)),
        lcpMs: { p50: median(loads.map((l) => l.lcpMs)), max: Math.max(...loads.map((l) => l.lcpMs)) },
        cls: { p50: median(loads.map((l) => l.cls)), max: Math.max(...loads.map((l) => l.cls)) },
        loads,
      },
      timing: timed,
      machine: { before: loadBefore, after: machineLoad() },
    };
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    say(`Written to ${out}`);
  } finally {
    await desk.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
