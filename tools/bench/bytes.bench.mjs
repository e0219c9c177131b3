/**
 * Bytes on the wire: what the sign-in page downloads before it can show anything, the icons, and
 * one board answer, each raw, gzip (level 9) and brotli (quality 11 for built files, 4 for the
 * board: the qualities the build and the api use).
 *   1. the sign-in route's initial files: index.html and every script, modulepreload and stylesheet
 *      it names (what a browser fetches before the first render);
 *   2. the icons: the Material Symbols SVG files libs/web/core's app-icons.ts imports (the build
 *      carries them as text inside a script chunk, so no built file is named for them), raw and
 *      compressed as one text, beside any built file whose name says icon or Material Symbols
 *      (a font or SVG that would have come back);
 *   3. each route's JavaScript (sign-in, board, project page): the entry chunk and the route's lazy
 *      chunks with everything they import statically, raw and gzip, from the build's stats.json
 *      (tools/build/route-bytes.mjs, the same count the build's route budgets check), beside the
 *      floor every route pays, the initial JavaScript;
 *   4. `/api/board` as the demo coordinator, only when BENCH_API_URL names a running desk
 *      (e.g. BENCH_API_URL=http://localhost:3000 after `npm start` with demo data).
 * Builds nothing itself: run `npx nx build web` first. Run: npm run bench:bytes
 * Writes tools/bench/results/bytes.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { routeBytes } from '../build/route-bytes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.WEB_DIST ?? join(root, 'dist/apps/web/browser'));
const indexFile = join(dist, 'index.html');
if (!existsSync(indexFile)) {
  console.error(`No build in ${dist}: run \`npx nx build web\` first.`);
  process.exit(1);
}

const sizes = (body, brotliQuality) => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } }).length,
});
const total = (files) =>
  files.reduce(
    (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
const builtFile = (path) => ({ file: relative(dist, path), ...sizes(readFileSync(path), 11) });

const index = readFileSync(indexFile, 'utf8');
const named = [...index.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
  .filter(([tag]) => /<script|rel="(?:stylesheet|modulepreload)"/.test(tag))
  .map(([, href]) => join(dist, href.split('?')[0]));
const initial = [indexFile, ...named].filter(existsSync).map(builtFile);
const scripts = initial.filter((f) => f.file.endsWith('.js'));

const iconFiles = filesUnder(dist)
  .filter((path) => /material-symbols|icon/i.test(relative(dist, path)) && !/\.(br|gz)$/.test(path))
  .map(builtFile);
const iconSources = [
  ...readFileSync(join(root, 'libs/web/core/src/lib/theme/app-icons.ts'), 'utf8').matchAll(
    /from '(@material-symbols\/[^']+\.svg)'/g,
  ),
].map(([, module]) => module);
const iconText = Buffer.concat(iconSources.map((module) => readFileSync(join(root, 'node_modules', module))));
const icons = { count: iconSources.length, ...sizes(iconText, 11), builtFiles: iconFiles };

// Without brotli: the route check and its budgets are in gzip, what issue 12 counts as transferred.
const { initial: routeFloor, ...routeFigures } = routeBytes(dirname(dist));
const routes = Object.fromEntries(
  Object.entries(routeFigures).map(([route, { files, raw, gzip }]) => [
    route,
    { raw, gzip, files: files.map((f) => f.file), floor: { raw: routeFloor.raw, gzip: routeFloor.gzip } },
  ]),
);

const board = process.env.BENCH_API_URL ? await boardBytes(process.env.BENCH_API_URL) : null;

const results = {
  measuredAt: new Date().toISOString(),
  dist: relative(root, dist),
  signInInitial: { files: initial, total: total(initial), javascript: total(scripts) },
  icons: {
    goal: 'at most 50 kB for all icons',
    inScripts: { count: icons.count, raw: icons.raw, gzip: icons.gzip, brotli: icons.brotli },
    builtFiles: { files: icons.builtFiles, total: total(icons.builtFiles) },
  },
  routesJavaScript: {
    note: 'floor = the initial JavaScript every route loads (main.ts and its static imports)',
    ...routes,
  },
  board: board ?? 'not measured: set BENCH_API_URL to a running desk with demo data',
};
mkdirSync(join(root, 'tools/bench/results'), { recursive: true });
writeFileSync(join(root, 'tools/bench/results/bytes.json'), `${JSON.stringify(results, null, 2)}\n`);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const line = (label, s) =>
  console.log(
    `${label.padEnd(28)} raw ${kib(s.raw).padStart(11)}  gzip ${kib(s.gzip).padStart(10)}  brotli ${kib(s.brotli).padStart(10)}`,
  );
line('sign-in initial, all', results.signInInitial.total);
line('sign-in initial, JavaScript', results.signInInitial.javascript);
line(`icons (${icons.count} SVG, in scripts)`, icons);
line('icon files built', results.icons.builtFiles.total);
for (const [route, r] of Object.entries(routes))
  console.log(
    `route ${route.padEnd(22)} raw ${kib(r.raw).padStart(11)}  gzip ${kib(r.gzip).padStart(10)}  (floor: raw ${kib(r.floor.raw)}, gzip ${kib(r.floor.gzip)})`,
  );
if (board) line(`/api/board (${board.cards} cards)`, board);
else console.log(`/api/board                   ${results.board}`);
console.log('written to tools/bench/results/bytes.json');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Signs in as the demo coordinator the way the web app does and measures one board answer. */
async function boardBytes(base) {
  // The session cookie and the CSRF cookie, kept as a browser would.
  const jar = new Map();
  const call = async (path, init = {}) => {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, base), {
      ...init,
      headers: { ...init.headers, cookie, 'content-type': 'application/json' },
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  };
  const { csrfToken } = await (await call('/api/auth/session')).json();
  const signIn = await call('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      email: 'samordnare@demo.kommun.se',
      password: process.env.BENCH_PASSWORD ?? 'demo-password',
    }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  // fetch undoes any encoding, so the body is the raw JSON; the api compresses with brotli at 4.
  const body = Buffer.from(await (await call('/api/board')).arrayBuffer());
  const cards = JSON.parse(body.toString('utf8')).columns.reduce((n, column) => n + column.cards.length, 0);
  return { ...sizes(body, 4), cards };
}
