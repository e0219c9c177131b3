// Writes, beside the built index.html, one copy per route that names the route's own chunks as
// <link rel="modulepreload">, and route-preloads.json, which tells the api which copy answers
// which address (apps/api's web-app middleware). Without them a first visit to a project page
// discovers its chunks one wave at a time: the shell after the session check, the page's routes
// after the shell, the page after its routes, each wave parsed before the next is asked for
// (tools/bench/project-page.bench.mjs). Angular's build names only the initial chunks.
// Run after the build, before tools/build/precompress.mjs, so the copies are compressed too.
// Usage: node tools/build/route-preloads.mjs [dist/apps/web]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { routeChunks } from './route-bytes.mjs';

/**
 * The addresses that open each route on a first visit, as regular expressions over the path. Not
 * `/`: it lands on the board or, for someone who only reads, on the reports (apps/web's
 * landing-page.ts), and a reader should not download the board's chunks on the way.
 */
const ADDRESSES = {
  board: ['^/board$'],
  project: ['^/projects/[0-9a-fA-F-]{36}$'],
};

const webDist = resolve(process.argv[2] ?? 'dist/apps/web');
const browser = join(webDist, 'browser');
const index = readFileSync(join(browser, 'index.html'), 'utf8');
const chunks = routeChunks(webDist);
const manifest = [];
for (const [route, patterns] of Object.entries(ADDRESSES)) {
  // The initial chunks are already named in index.html (or are main itself).
  const own = chunks[route].filter((file) => !chunks.initial.includes(file));
  const links = own.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  // After main's script, so that main and the initial chunks are asked for first: the browser
  // keeps six connections to the api, and main is what everything waits for.
  const end = index.indexOf('</body>');
  if (end < 0) throw new Error('route-preloads: index.html has no </body> to put the links before');
  const file = `index.${route}.html`;
  writeFileSync(join(browser, file), index.slice(0, end) + links + index.slice(end));
  manifest.push({ patterns, file });
  console.log(`route-preloads: ${file} names ${own.length} chunks for ${patterns.join(', ')}`);
}
writeFileSync(join(browser, 'route-preloads.json'), JSON.stringify(manifest, null, 2));
