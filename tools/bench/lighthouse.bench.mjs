/**
 * Lighthouse 12, desktop preset, on the pages people start from: sign-in, the board (demo data,
 * signed in as the demo coordinator), a project page (a demo project in application), and then the
 * board again with 5,000 projects ("board-5000": the same desk topped up to 5,000 projects over the
 * five stages by support/project-spread.cjs, after the other three pages ran on the demo data alone,
 * so their figures stay comparable with earlier runs).
 * Debian's Chromium drives it (CHROME_PATH, /usr/bin/chromium by default), with no throttling
 * beyond the preset's. Each page RUNS times; per run performance and accessibility (0-100), LCP,
 * CLS and TBT, the accessibility findings by id, and the machine's load before and after; beside
 * them what Lighthouse says explains them: DOM elements, the LCP element, the largest layout shifts.
 * The floor beside the figures: /api/health's round trip in the same run (the server's own pace).
 *
 * Starts the desk as `npm start` does (tools/bench/project-page.desk.mjs: PGlite, demo data, a data
 * folder of its own under /tmp, port BENCH_PORT=4531). Needs the build: npm run build.
 * Run: npm run bench:lighthouse   → tools/bench/results/lighthouse.json (BENCH_OUT to write elsewhere)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import pg from 'pg';
import WebSocket from 'ws';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { Session, applicationProject, machineLoad, repoRoot, say, startDesk } from './project-page.desk.mjs';
import { deskDatabaseUrl } from './support/desk-database.mjs';
import { seedProjectsThrough } from './support/project-spread.cjs';

const RUNS = Number(process.env.RUNS ?? 3);
const MANY_PROJECTS = 5000;
const MAX_RETRIES = 2;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const out = process.env.BENCH_OUT ?? join(repoRoot, 'tools/bench/results/lighthouse.json');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const round = (n, places = 0) => Math.round(n * 10 ** places) / 10 ** places;

async function healthFloor(base, n = 20) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await (await fetch(`${base}/api/health`)).arrayBuffer();
    times.push(performance.now() - started);
  }
  return round(median(times), 1);
}

/**
 * Puts the session's cookies into the browser's jar over the DevTools protocol, as a person's
 * sign-in would have (a Cookie header through Lighthouse's extraHeaders does not reach the app's
 * own fetches), so Lighthouse opens the page signed in.
 */
async function setCookies(chrome, base, cookie) {
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json();
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((open, fail) => socket.once('open', open).once('error', fail));
  const cookies = cookie.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base, httpOnly: true, sameSite: 'Lax' };
  });
  await new Promise((done, fail) => {
    socket.once('message', (message) => {
      const answer = JSON.parse(String(message));
      if (answer.error) fail(new Error(answer.error.message));
      else done();
    });
    socket.send(JSON.stringify({ id: 1, method: 'Storage.setCookies', params: { cookies } }));
  });
  socket.close();
}

/** The LCP element's selector: the first table of the audit's list holds it. */
function lcpElementOf(audits) {
  const details = audits['largest-contentful-paint-element']?.details;
  const table = details?.type === 'list' ? details.items[0] : details;
  const node = table?.items?.[0]?.node;
  return node ? `${node.selector} (${node.nodeLabel ?? ''})`.slice(0, 160) : null;
}

/** Tops the running desk's embedded database up to `total` projects, as the other benchmarks seed. */
async function seedDesk(total) {
  const client = new pg.Client({ connectionString: deskDatabaseUrl() });
  await client.connect();
  try {
    await seedProjectsThrough(async (sql, values) => (await client.query(sql, values)).rows, total);
  } finally {
    await client.end();
  }
}

async function audit(chrome, url, cookie) {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      // Lighthouse would clear the origin's cookies first, and with them the session.
      disableStorageReset: !!cookie,
    },
    desktopConfig,
  );
  const { lhr } = result;
  const audits = lhr.audits;
  const failing = Object.values(lhr.categories.accessibility.auditRefs)
    .map((ref) => audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => ({
      id: a.id,
      nodes: (a.details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet).slice(0, 5),
    }));
  return {
    finalUrl: lhr.finalDisplayedUrl,
    performance: round(lhr.categories.performance.score * 100),
    accessibility: round(lhr.categories.accessibility.score * 100),
    lcpMs: round(audits['largest-contentful-paint'].numericValue),
    cls: round(audits['cumulative-layout-shift'].numericValue, 3),
    tbtMs: round(audits['total-blocking-time'].numericValue),
    fcpMs: round(audits['first-contentful-paint'].numericValue),
    accessibilityFindings: failing,
    domElements: audits['dom-size']?.numericValue ?? null,
    lcpElement: lcpElementOf(audits),
    layoutShifts: (audits['layout-shifts']?.details?.items ?? [])
      .slice(0, 3)
      .map((item) => ({
        score: round(item.score, 4),
        node: item.node?.selector ?? item.node?.snippet ?? null,
      })),
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

async function main() {
  const desk = await startDesk('lighthouse');
  let chrome = null;
  try {
    const session = await new Session(desk.base).signIn('samordnare@demo.kommun.se');
    const projectId = await applicationProject(session);
    const pages = [
      { name: 'sign-in', url: `${desk.base}/sign-in`, cookie: null },
      { name: 'board', url: `${desk.base}/board`, cookie: session.cookie },
      { name: 'project', url: `${desk.base}/projects/${projectId}`, cookie: session.cookie },
      {
        name: 'board-5000',
        url: `${desk.base}/board`,
        cookie: session.cookie,
        projects: MANY_PROJECTS,
        before: async () => {
          const started = performance.now();
          await seedDesk(MANY_PROJECTS);
          say(
            `Seeded up to ${MANY_PROJECTS} projects in ${round((performance.now() - started) / 1000, 1)} s`,
          );
        },
      },
    ];
    chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const loadBefore = machineLoad();
    const floorBefore = await healthFloor(desk.base);
    const results = {};
    for (const page of pages) {
      await page.before?.();
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        let figures;
        // Lighthouse now and then loses the trace on a busy machine (NO_NAVSTART, NO_FCP): such a
        // run has no figures, so it is made again, and how often is kept beside the run.
        let retries = 0;
        for (;;) {
          if (page.cookie) await setCookies(chrome, desk.base, page.cookie);
          figures = await audit(chrome, page.url, page.cookie);
          if (!figures.runtimeError || retries === MAX_RETRIES) break;
          say(`${page.name} #${run + 1}: ${figures.runtimeError}; again`);
          retries++;
        }
        runs.push({ ...figures, retries, load: machineLoad().loadAverage });
        say(
          `${page.name} #${run + 1}: performance ${figures.performance}, accessibility ${figures.accessibility}, ` +
            `LCP ${figures.lcpMs} ms, CLS ${figures.cls}, TBT ${figures.tbtMs} ms, DOM ${figures.domElements}` +
            (figures.accessibilityFindings.length
              ? `, findings: ${figures.accessibilityFindings.map((f) => f.id).join(', ')}`
              : ''),
        );
      }
      results[page.name] = {
        path: new URL(page.url).pathname,
        ...(page.projects ? { projects: page.projects } : {}),
        median: {
          performance: median(runs.map((r) => r.performance)),
          accessibility: median(runs.map((r) => r.accessibility)),
          lcpMs: median(runs.map((r) => r.lcpMs)),
          cls: median(runs.map((r) => r.cls)),
          tbtMs: median(runs.map((r) => r.tbtMs)),
        },
        runs,
      };
    }
    const report = {
      benchmark: 'lighthouse',
      at: new Date().toISOString(),
      lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
      preset: 'desktop',
      chrome: chromePath,
      runsPerPage: RUNS,
      goals: { performance: '>= 95', accessibility: '100', lcpMs: '<= 1000', cls: '<= 0.02' },
      floor: {
        healthRoundTripMsBefore: floorBefore,
        healthRoundTripMsAfter: await healthFloor(desk.base),
      },
      machine: { before: loadBefore, after: machineLoad() },
      pages: results,
    };
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    say(`Written to ${out}`);
  } finally {
    await chrome?.kill();
    await desk.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
