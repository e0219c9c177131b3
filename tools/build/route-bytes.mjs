// The JavaScript each route makes the browser download before it can show the route: the entry
// chunk plus the route's lazy chunks, each followed through its static imports (what the browser
// must fetch before the code runs). Read from the build's esbuild metafile (stats.json, written
// because the web build sets `statsJson`), so it counts what the bundler really split, not a guess.
// Dynamic imports inside a route (@defer blocks, further lazy routes) are not followed: they load
// later, and each is its own route when it matters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Each route's lazy entry points, as the source files the router's `import()`s name. */
export const ROUTES = {
  // What every route pays: main.ts and its static imports (the framework, router, translations, icons).
  initial: [],
  'sign-in': ['libs/web/auth/src/lib/sign-in/sign-in.page.ts'],
  board: [
    'apps/web/src/app/shell/shell.routes.ts',
    'libs/web/board/src/index.ts',
    'libs/web/board/src/lib/board.page.ts',
  ],
  project: [
    'apps/web/src/app/shell/shell.routes.ts',
    'libs/web/projects/src/index.ts',
    'libs/web/projects/src/lib/project.page.ts',
  ],
};
const MAIN = 'apps/web/src/main.ts';

/**
 * For each route: the script files the browser must have before the route shows, main.ts's first
 * (the order esbuild's closure reaches them). `webDist` is dist/apps/web (stats.json beside browser/).
 */
export function routeChunks(webDist) {
  const { outputs } = JSON.parse(readFileSync(join(webDist, 'stats.json'), 'utf8'));
  const byEntry = new Map(
    Object.entries(outputs)
      .filter(([file, output]) => file.endsWith('.js') && output.entryPoint)
      .map(([file, output]) => [output.entryPoint, file]),
  );
  const chunkFor = (entry) => {
    const file = byEntry.get(entry);
    if (!file)
      throw new Error(
        `no chunk for ${entry} in stats.json: has the route moved? (tools/build/route-bytes.mjs)`,
      );
    return file;
  };
  const closure = (files) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { path, kind } of outputs[file].imports) if (kind === 'import-statement') visit(path);
    };
    files.forEach(visit);
    return [...seen];
  };
  return Object.fromEntries(
    Object.entries(ROUTES).map(([route, entries]) => [
      route,
      closure([MAIN, ...entries].map(chunkFor)).map((file) => file.replace(/^.*\//, '')),
    ]),
  );
}

/**
 * For each route: its script files and their total raw and gzip (level 9, as tools/build/precompress.mjs
 * writes them) bytes. `webDist` is dist/apps/web (stats.json beside browser/).
 */
export function routeBytes(webDist) {
  return Object.fromEntries(
    Object.entries(routeChunks(webDist)).map(([route, chunks]) => {
      const files = chunks.map((file) => {
        const body = readFileSync(join(webDist, 'browser', file));
        return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      });
      const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
        raw: 0,
        gzip: 0,
      });
      return [route, { files, ...total }];
    }),
  );
}
