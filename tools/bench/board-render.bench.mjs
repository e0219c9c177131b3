/**
 * Board page smoothness in a real browser over ~1,000 projects. Starts the built desk (launcher, api,
 * worker, web) on a fresh PostgreSQL database, seeds open projects until the four open columns hold
 * 1,000 cards (each column's first page, 30 cards, is what the board returns and draws), signs in as
 * the demo coordinator in Debian's Chromium and measures:
 *   1. load: navigation to /board until every returned card is in the DOM (p50 over LOADS full page loads;
 *      times are from the navigation start, plus the part after the /api/board response arrived),
 *      the number of cards, and the main-thread long tasks (> 50 ms: count, longest, total);
 *   2. drag: mouse-down on the first idea card's handle, move in steps into the next column and back,
 *      drop where it started (nothing moves); per step, `page.mouse.move` + one requestAnimationFrame
 *      round trip (p50/p95/max, the step that starts the drag, the step that enters the other column),
 *      and the long tasks meanwhile;
 *   3. scroll: the page scrolled to the bottom by SCROLL_STEP px per frame, requestAnimationFrame
 *      deltas (p50/p95/max, frames > 50 ms) and long tasks;
 *   4. the JS heap and DOM node count after load, and per phase Chromium's own split of main-thread
 *      time (script, style, layout) from CDP Performance.getMetrics;
 *   5. a separate, untimed pass with the CDP CPU profiler over one load and one drag start, listing
 *      the functions that take the time (names as they survive minification).
 * Prints the figures and writes them to tools/bench/results/board-render.json.
 *
 * Needs the build in dist/ (it serves what is built, not the sources):
 *   NX_DAEMON=false NX_NO_CLOUD=true CI=true npx nx run-many -t build -p api worker web
 * and PostgreSQL and Redis as for the tests (TEST_POSTGRES_ADMIN_URL, TEST_REDIS_URL), and
 * Chromium at /usr/bin/chromium (CHROMIUM_PATH). Run: npm run bench:board-render
 * It drops its database, deletes its Redis keys and stops the servers it started, also on failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deletePrefixedKeys } from './support/redis-keys.mjs';
import pg from 'pg';
import { chromium } from 'playwright';

const OPEN_CARDS = 1000;
const LOADS = 5;
const SCROLL_STEP = 200;
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const runId = `${Date.now().toString(36)}_${process.pid}`;
const database = `gp_bench_${runId}`;
const prefix = `gpbench-${runId}`;

const say = (line) => process.stdout.write(`${line}\n`);
const round = (n) => Math.round(n * 10) / 10;
const percentile = (values, p) =>
  values.length === 0
    ? 0
    : [...values].sort((a, b) => a - b)[
        Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)
      ];
const stats = (values) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  max: round(Math.max(0, ...values)),
  n: values.length,
});
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

// ---- what the page runs: long tasks from the first script on, and "all cards are in" ----------
function pageProbe() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__cardsAt = null;
  if (location.pathname !== '/board') return;
  const cards = document.getElementsByClassName('card');
  const poll = () => {
    const target = window.__benchTarget;
    if (!target) return;
    if (cards.length >= target && document.querySelectorAll('li.card').length >= target) {
      window.__cardsAt = performance.now();
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

const longTasksSince = (page, since) =>
  page.evaluate((t) => window.__longTasks.filter((e) => e.start >= t), since);
const nextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
const summariseLongTasks = (tasks) => ({
  count: tasks.length,
  longestMs: round(Math.max(0, ...tasks.map((t) => t.duration))),
  totalMs: round(tasks.reduce((sum, t) => sum + t.duration, 0)),
});

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
/** Chromium's split of main-thread time between two getMetrics readings, in ms. */
const split = (a, b) => ({
  taskMs: round((b.TaskDuration - a.TaskDuration) * 1000),
  scriptMs: round((b.ScriptDuration - a.ScriptDuration) * 1000),
  styleMs: round((b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000),
  layoutMs: round((b.LayoutDuration - a.LayoutDuration) * 1000),
  layouts: b.LayoutCount - a.LayoutCount,
  styleRecalcs: b.RecalcStyleCount - a.RecalcStyleCount,
});

/** Self and inclusive time per function name from a CDP CPU profile, top `n` by self time. */
function hotFunctions(profile, n = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.split('/').pop() : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(label(byId.get(at)));
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + ms);
  });
  const top = (map) =>
    [...map]
      .filter(([name]) => !/^\((root|idle|program)\)/.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: round(ms) }));
  return { self: top(self), inclusive: top(total) };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Self time per trace event name on the page's renderer main thread, top `n`, in ms. */
function traceSummary(buffer, n = 12) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? [];
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const busiest = mains
    .map((m) => ({
      key: `${m.pid}:${m.tid}`,
      ms: events
        .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X')
        .reduce((t, e) => t + (e.dur ?? 0), 0),
    }))
    .sort((a, b) => b.ms - a.ms)[0];
  if (!busiest) return [];
  const own = events
    .filter((e) => `${e.pid}:${e.tid}` === busiest.key && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const entries = [];
  const stack = [];
  for (const e of own) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= e.dur;
    const entry = { name: e.name, end: e.ts + e.dur, self: e.dur };
    stack.push(entry);
    entries.push(entry);
  }
  const byName = new Map();
  for (const entry of entries) byName.set(entry.name, (byName.get(entry.name) ?? 0) + entry.self / 1000);
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms: round(ms) }));
}

// ---- the run ------------------------------------------------------------------------------------
let launcher = null;
let browser = null;
let databaseCreated = false;
let cleaning = null;

async function cleanUp() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => undefined);
    if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
      await new Promise((done) => {
        const force = setTimeout(() => {
          // The launcher runs in a process group of its own: api and worker go with it.
          try {
            process.kill(-launcher.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 40_000);
        launcher.once('exit', () => {
          clearTimeout(force);
          done();
        });
        launcher.kill('SIGTERM');
      });
    }
    if (databaseCreated)
      await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    await deletePrefixedKeys(redisUrl, prefix);
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    say(`\n${signal}: cleaning up…`);
    cleanUp().finally(() => process.exit(130));
  });
}

async function startDesk() {
  for (const file of [
    'dist/apps/api/main.js',
    'dist/apps/worker/main.js',
    'dist/apps/web/browser/index.html',
  ]) {
    if (!existsSync(join(root, file))) {
      throw new Error(
        `${file} is missing; build first: NX_DAEMON=false NX_NO_CLOUD=true CI=true npx nx run-many -t build -p api worker web`,
      );
    }
  }
  await adminQuery(`CREATE DATABASE "${database}"`);
  databaseCreated = true;
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${database}`;
  // BENCH_PORT when the machine is shared and ports are handed out; else any free one.
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  let output = '';
  launcher = spawn(process.execPath, [join(root, 'tools/launcher/start.mjs')], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      GP_SKIP_BUILD: '1',
      DEMO_DATA: 'on',
      LOG_LEVEL: 'error',
      SESSION_SECRET: 'benchmark-secret-benchmark-secret-benchmark',
    },
  });
  launcher.stdout.on('data', (chunk) => (output += chunk));
  launcher.stderr.on('data', (chunk) => (output += chunk));
  const base = `http://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (launcher.exitCode !== null) throw new Error(`The launcher stopped:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The desk did not start in 180 s:\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok && output.includes('is running at')) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return { base, databaseUrl: databaseUrl.toString() };
}

/** Open projects with raw inserts (as board.bench.ts does) until the open columns hold OPEN_CARDS. */
async function seed(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const departments = (await db.query('SELECT id FROM department ORDER BY name')).rows;
    const programmes = (
      await db.query(
        `SELECT p.id, (SELECT c.id FROM programme_call c WHERE c.programme_id = p.id ORDER BY c.deadline_at DESC LIMIT 1) AS call_id
         FROM programme p ORDER BY p.name`,
      )
    ).rows;
    const people = (await db.query('SELECT id FROM user_account ORDER BY email')).rows;
    const open = ['idea', 'application', 'decision', 'running'];
    const existing = Number(
      (await db.query(`SELECT count(*) FROM project WHERE stage = ANY($1)`, [open])).rows[0].count,
    );
    const total = OPEN_CARDS - existing;
    for (let batch = 0; batch < total; batch += 500) {
      const values = [];
      const rows = [];
      for (let i = batch; i < Math.min(batch + 500, total); i++) {
        const programme = programmes[i % programmes.length];
        const stage = open[i % open.length];
        const o = values.length;
        rows.push(`(${Array.from({ length: 10 }, (_, k) => `$${o + k + 1}`).join(', ')}, 1, 'SEK')`);
        values.push(
          `Benchmarkprojekt ${i}`,
          stage,
          departments[i % departments.length].id,
          programme.id,
          programme.call_id,
          i % 3 === 0 ? null : people[i % people.length].id,
          (i % 97) * 100_000,
          stage === 'running' ? (i % 89) * 100_000 : null,
          stage === 'running' ? '2025-01-01' : null,
          stage === 'running' ? `2027-${String((i % 12) + 1).padStart(2, '0')}-28` : null,
        );
      }
      await db.query(
        `INSERT INTO project (title, stage, department_id, programme_id, call_id, project_lead_id, requested_grant_minor,
           granted_minor, planned_start, planned_end, version, budget_currency) VALUES ${rows.join(', ')}`,
        values,
      );
    }
    return total;
  } finally {
    await db.end();
  }
}

async function signIn(page, base) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('E-postadress').fill('samordnare@demo.kommun.se');
  await page.getByLabel('Lösenord', { exact: true }).fill('demo-password');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByTestId('account-menu').waitFor();
}

/**
 * One full page load of /board: navigation start → all cards in the DOM, and the long tasks. With
 * `cdp`, also Chromium's main-thread split for the new document (read from its commit on).
 */
async function loadBoard(page, base, expected, cdp) {
  const started = process.hrtime.bigint();
  await page.goto(`${base}/board`, { waitUntil: 'commit' });
  const before = cdp ? await metrics(cdp) : null;
  await page.waitForFunction(() => window.__cardsAt !== null, undefined, { timeout: 60_000, polling: 100 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  await sleep(1000); // let late tasks of the same load land
  const mainThread = before ? split(before, await metrics(cdp)) : null;
  const load = await page.evaluate((want) => {
    const response = performance.getEntriesByType('resource').find((e) => /\/api\/board(\?|$)/.test(e.name));
    return {
      cardsAtMs: window.__cardsAt,
      boardResponseEndMs: response ? response.responseEnd : null,
      cards: document.querySelectorAll('li.card').length,
      expected: want,
      longTasks: window.__longTasks.filter((t) => t.start <= window.__cardsAt + 1000),
    };
  }, expected);
  return { ...load, wallMs, mainThread };
}

/** Mouse-down on the first idea card's handle, into the application column and back, drop at home. */
async function dragAround(page, checkEntered = false) {
  const ideas = page.getByTestId('board-column-idea');
  const handle = ideas.locator('li.card .handle').first();
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const target = await page.getByTestId('board-column-application').locator('ul.cards').boundingBox();
  if (!from || !target) throw new Error('No handle in the idea column, or no application column');
  const x0 = from.x + from.width / 2;
  const y0 = from.y + from.height / 2;
  const x1 = target.x + target.width / 2;
  const y1 = y0 + 120;
  const path = [];
  // Past the 5 px drag threshold, down over the next cards (sorting), across, a little there, and back.
  for (const d of [2, 4, 6, 8, 10]) path.push({ x: x0, y: y0 + d, phase: 'start' });
  for (let i = 1; i <= 10; i++) path.push({ x: x0, y: y0 + 10 + (110 * i) / 10, phase: 'sort' });
  for (let i = 1; i <= 20; i++) path.push({ x: x0 + ((x1 - x0) * i) / 20, y: y1, phase: 'across' });
  for (let i = 1; i <= 10; i++) path.push({ x: x1, y: y1 + 8 * i, phase: 'over-target' });
  for (let i = 1; i <= 20; i++)
    path.push({ x: x1 + ((x0 - x1) * i) / 20, y: y1 + 80 - (80 * i) / 20, phase: 'back' });
  for (let i = 1; i <= 10; i++) path.push({ x: x0, y: y1 - ((y1 - y0) * i) / 10, phase: 'home' });

  await page.mouse.move(x0, y0);
  await nextFrame(page);
  await page.mouse.down();
  await nextFrame(page);
  const steps = [];
  let entered = false;
  for (const point of path) {
    const t = process.hrtime.bigint();
    await page.mouse.move(point.x, point.y);
    await nextFrame(page);
    steps.push({ phase: point.phase, ms: Number(process.hrtime.bigint() - t) / 1e6 });
    if (checkEntered && point.phase === 'over-target' && !entered) {
      entered = await page
        .getByTestId('board-column-application')
        .locator('.cdk-drag-placeholder')
        .count()
        .then((n) => n > 0);
    }
  }
  await page.mouse.up();
  await nextFrame(page);
  return { steps, enteredTarget: entered };
}

/** Scrolls the card lists' scroll container to the bottom, `step` px per frame (at most `frames`), timing frames. */
function scrollToBottom(page, step, frames = 100_000) {
  return page.evaluate(
    async ({ step, frames }) => {
      const scroller = document.scrollingElement;
      const card = document.querySelector('li.card');
      for (let el = card?.parentElement; el; el = el.parentElement) {
        const { overflowY } = getComputedStyle(el);
        if (/(auto|scroll)/.test(overflowY) && el.scrollHeight > el.clientHeight + 10) {
          return scrollIn(el);
        }
      }
      return scrollIn(scroller);
      function scrollIn(el) {
        el.scrollTop = 0;
        const deltas = [];
        return new Promise((done) => {
          let last = performance.now();
          const frame = (now) => {
            deltas.push(now - last);
            last = now;
            if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1 || deltas.length >= frames) {
              done({
                deltas,
                height: el.scrollHeight,
                scroller:
                  el === document.scrollingElement
                    ? 'page'
                    : el.tagName.toLowerCase() +
                      (el.className ? `.${String(el.className).split(' ')[0]}` : ''),
              });
            } else {
              el.scrollTop += step;
              requestAnimationFrame(frame);
            }
          };
          requestAnimationFrame((now) => {
            last = now;
            el.scrollTop += step;
            requestAnimationFrame(frame);
          });
        });
      }
    },
    { step, frames },
  );
}

async function main() {
  const started = Date.now();
  say('Starting the desk on a fresh database…');
  const { base, databaseUrl } = await startDesk();
  const seeded = await seed(databaseUrl);
  say(
    `Seeded ${seeded} projects (open columns: ${OPEN_CARDS} cards) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Our own handlers close the browser and then stop the desk; Playwright's would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  await page.addInitScript(pageProbe);
  await signIn(page, base);
  const board = await (await context.request.get(`${base}/api/board`)).json();
  const expected = board.columns.reduce((n, c) => n + c.cards.length, 0);
  const perColumn = Object.fromEntries(board.columns.map((c) => [c.stage, c.cards.length]));
  // From here on every load of /board also watches for the expected card count.
  await page.addInitScript((target) => (window.__benchTarget = target), expected);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');

  // 1. loads (one warm-up, then LOADS counted)
  const loads = [];
  for (let i = 0; i <= LOADS; i++) {
    const load = await loadBoard(page, base, expected, cdp);
    if (load.cards < expected) throw new Error(`Only ${load.cards} of ${expected} cards rendered`);
    if (i > 0) loads.push(load);
  }
  const afterLoad = await metrics(cdp);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const afterGc = await metrics(cdp);

  // 2. drag (one warm-up drag, then the measured one)
  await dragAround(page);
  await sleep(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await nextFrame(page);
  const dragFrom = await page.evaluate(() => performance.now());
  const dragBefore = await metrics(cdp);
  const drag = await dragAround(page, true);
  const dragSplit = split(dragBefore, await metrics(cdp));
  const dragLongTasks = await longTasksSince(page, dragFrom);
  const stillHome = await page.getByTestId('board-column-idea').locator('li.card').count();

  // 3. scroll the page to the bottom, SCROLL_STEP px per frame
  await sleep(500);
  const scrollFrom = await page.evaluate(() => performance.now());
  const scrollBefore = await metrics(cdp);
  const scroll = await scrollToBottom(page, SCROLL_STEP);
  const scrollSplit = split(scrollBefore, await metrics(cdp));
  const scrollLongTasks = await longTasksSince(page, scrollFrom);

  // 5. untimed: where the time goes, by function, for one load and one drag start
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await loadBoard(page, base, expected);
  const loadProfile = hotFunctions((await cdp.send('Profiler.stop')).profile);
  await page.evaluate(() => window.scrollTo(0, 0));
  await nextFrame(page);
  const handle = page.getByTestId('board-column-idea').locator('li.card .handle').first();
  const box = await handle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await cdp.send('Profiler.start');
  for (const d of [2, 4, 6, 8, 10]) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + d);
    await nextFrame(page);
  }
  const dragProfile = hotFunctions((await cdp.send('Profiler.stop')).profile);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await nextFrame(page);
  await page.mouse.up();

  await nextFrame(page);
  const traceDir = process.env.BENCH_TRACE_DIR; // set it to keep the traces (open them in DevTools)
  if (traceDir) mkdirSync(traceDir, { recursive: true });
  await browser.startTracing(page, {
    categories: TRACE_CATEGORIES,
    path: traceDir && join(traceDir, 'drag.json'),
  });
  await dragAround(page);
  const dragTrace = traceSummary(await browser.stopTracing());
  await browser.startTracing(page, {
    categories: TRACE_CATEGORIES,
    path: traceDir && join(traceDir, 'scroll.json'),
  });
  await scrollToBottom(page, SCROLL_STEP, 60);
  const scrollTrace = traceSummary(await browser.stopTracing());

  // What a card costs in the DOM: elements, and positioned ones (each its own paint layer to hit-test).
  const dom = await page.evaluate(() => {
    const cards = [...document.querySelectorAll('li.card')];
    const inCards = cards.flatMap((card) => [card, ...card.querySelectorAll('*')]);
    const positioned = inCards.filter((el) => getComputedStyle(el).position !== 'static').length;
    const movable = document.querySelector('[data-testid="board-column-idea"] li.card');
    const positionedInMovableCard = [movable, ...movable.querySelectorAll('*')]
      .filter((el) => getComputedStyle(el).position !== 'static')
      .map((el) => `${el.tagName.toLowerCase()}.${el.classList[0] ?? ''}(${getComputedStyle(el).position})`);
    return {
      positionedInMovableCard,
      elementsPerCard: Math.round((inCards.length / cards.length) * 10) / 10,
      positionedPerCard: Math.round((positioned / cards.length) * 10) / 10,
      buttonsPerCard:
        Math.round((document.querySelectorAll('li.card button').length / cards.length) * 10) / 10,
      iconsPerCard:
        Math.round((document.querySelectorAll('li.card mat-icon').length / cards.length) * 10) / 10,
    };
  });

  const stepMs = drag.steps.map((s) => s.ms);
  const phase = (name) => stats(drag.steps.filter((s) => s.phase === name).map((s) => s.ms));
  const deltas = scroll.deltas;
  const allLoadTasks = loads.flatMap((l) => l.longTasks);
  const result = {
    measuredAt: new Date().toISOString(),
    cardsExpected: expected,
    cardsPerColumn: perColumn,
    load: {
      loads: LOADS,
      cardsRendered: loads[0].cards,
      toAllCardsMs: stats(loads.map((l) => l.cardsAtMs)),
      boardResponseEndMs: stats(loads.map((l) => l.boardResponseEndMs ?? 0)),
      responseToAllCardsMs: stats(loads.map((l) => l.cardsAtMs - (l.boardResponseEndMs ?? 0))),
      wallClockMs: stats(loads.map((l) => l.wallMs)),
      longTasksPerLoad: {
        countP50: percentile(
          loads.map((l) => l.longTasks.length),
          50,
        ),
        longestMs: stats(loads.map((l) => Math.max(0, ...l.longTasks.map((t) => t.duration)))),
        totalMsP50: round(
          percentile(
            loads.map((l) => l.longTasks.reduce((s, t) => s + t.duration, 0)),
            50,
          ),
        ),
      },
      longTasksAllLoads: summariseLongTasks(allLoadTasks),
      mainThreadP50: Object.fromEntries(
        Object.keys(loads[0].mainThread).map((k) => [
          k,
          round(
            percentile(
              loads.map((l) => l.mainThread[k]),
              50,
            ),
          ),
        ]),
      ),
    },
    memoryAfterLoad: {
      jsHeapUsedMB: round(afterLoad.JSHeapUsedSize / 2 ** 20),
      jsHeapUsedAfterGcMB: round(afterGc.JSHeapUsedSize / 2 ** 20),
      jsHeapTotalMB: round(afterGc.JSHeapTotalSize / 2 ** 20),
      domNodes: afterGc.Nodes,
      ...dom,
    },
    drag: {
      steps: drag.steps.length,
      enteredTargetColumn: drag.enteredTarget,
      cardsStillInIdeaColumn: stillHome === perColumn.idea,
      stepMs: stats(stepMs),
      dragStartStepMs: round(Math.max(...drag.steps.filter((s) => s.phase === 'start').map((s) => s.ms))),
      phases: Object.fromEntries(
        ['start', 'sort', 'across', 'over-target', 'back', 'home'].map((p) => [p, phase(p)]),
      ),
      stepsOver100Ms: stepMs.filter((ms) => ms > 100).length,
      longTasks: summariseLongTasks(dragLongTasks),
      longTaskDurationsMs: dragLongTasks.map((t) => round(t.duration)),
      mainThread: dragSplit,
    },
    scroll: {
      scroller: scroll.scroller,
      heightPx: scroll.height,
      pxPerFrame: SCROLL_STEP,
      frames: deltas.length,
      frameMs: stats(deltas),
      framesOver50Ms: deltas.filter((d) => d > 50).length,
      longTasks: summariseLongTasks(scrollLongTasks),
      mainThread: scrollSplit,
    },
    profile: {
      note: 'separate untimed passes: CPU profiler (ms by function name, minified) and a Chromium trace (self ms by event on the renderer main thread)',
      load: loadProfile,
      dragStart: dragProfile,
      dragTrace,
      scrollTrace60Frames: scrollTrace,
    },
    machine: `${process.platform} ${process.arch}, node ${process.version}, ${browser.version()} headless`,
    runSeconds: Math.round((Date.now() - started) / 1000),
  };

  const r = result;
  const s = (x) => `p50 ${x.p50} ms  p95 ${x.p95} ms  max ${x.max} ms`;
  say(
    [
      `Board page with ${r.load.cardsRendered} cards rendered (expected ${expected}: ${JSON.stringify(perColumn)})`,
      `Load (${LOADS} full page loads of /board, from navigation start)`,
      `  all cards in the DOM       ${s(r.load.toAllCardsMs)}`,
      `  /api/board response end    ${s(r.load.boardResponseEndMs)}`,
      `  response → all cards       ${s(r.load.responseToAllCardsMs)}`,
      `  wall clock (goto → cards)  ${s(r.load.wallClockMs)}`,
      `  long tasks per load        count p50 ${r.load.longTasksPerLoad.countP50}, longest ${s(r.load.longTasksPerLoad.longestMs)}, total p50 ${r.load.longTasksPerLoad.totalMsP50} ms`,
      `  main thread (p50 per load) ${JSON.stringify(r.load.mainThreadP50)}`,
      `Memory after load            JS heap ${r.memoryAfterLoad.jsHeapUsedAfterGcMB} MB used after GC (${r.memoryAfterLoad.jsHeapUsedMB} MB before, garbage of earlier loads included), ${r.memoryAfterLoad.domNodes} DOM nodes`,
      `  per card                   ${dom.elementsPerCard} elements, ${dom.positionedPerCard} positioned, ${dom.buttonsPerCard} buttons, ${dom.iconsPerCard} icons`,
      `  positioned in a movable card ${dom.positionedInMovableCard.join(', ')}`,
      `Drag (${r.drag.steps} mouse steps, move + rAF; entered target column: ${r.drag.enteredTargetColumn}; nothing moved: ${r.drag.cardsStillInIdeaColumn})`,
      `  per step                   ${s(r.drag.stepMs)}   steps > 100 ms: ${r.drag.stepsOver100Ms}`,
      `  step that starts the drag  ${r.drag.dragStartStepMs} ms`,
      ...Object.entries(r.drag.phases).map(([name, x]) => `    ${name.padEnd(24)} ${s(x)}`),
      `  long tasks                 ${r.drag.longTasks.count}, longest ${r.drag.longTasks.longestMs} ms, total ${r.drag.longTasks.totalMs} ms ${JSON.stringify(r.drag.longTaskDurationsMs)}`,
      `  main thread                ${JSON.stringify(r.drag.mainThread)}`,
      `Scroll (${r.scroll.scroller}, ${r.scroll.heightPx} px, ${SCROLL_STEP} px per frame, ${r.scroll.frames} frames)`,
      `  frame time                 ${s(r.scroll.frameMs)}   frames > 50 ms: ${r.scroll.framesOver50Ms}`,
      `  long tasks                 ${r.scroll.longTasks.count}, longest ${r.scroll.longTasks.longestMs} ms`,
      `  main thread                ${JSON.stringify(r.scroll.mainThread)}`,
      `Hot functions (profiled pass, self ms)`,
      `  load:       ${loadProfile.self
        .slice(0, 8)
        .map((f) => `${f.name} ${f.ms}`)
        .join('; ')}`,
      `  drag start: ${dragProfile.self
        .slice(0, 8)
        .map((f) => `${f.name} ${f.ms}`)
        .join('; ')}`,
      `Main-thread time by trace event (traced pass, self ms)`,
      `  drag:       ${dragTrace
        .slice(0, 8)
        .map((e) => `${e.name} ${e.ms}`)
        .join('; ')}`,
      `  scroll:     ${scrollTrace
        .slice(0, 8)
        .map((e) => `${e.name} ${e.ms}`)
        .join('; ')}`,
      `(${r.machine}; ${r.runSeconds} s)`,
    ].join('\n'),
  );
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results/board-render.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main()
  .then(
    () => 0,
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      return 1;
    },
  )
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  });
