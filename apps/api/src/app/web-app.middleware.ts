import express from 'express';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Angular's output hashing: `main-BTZAAGZX.js`, `media/roboto-…-6JW3Q6UL.woff`. */
const HASHED_NAME = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built Angular app. A hashed file never changes under its name, so browsers keep it a year
 * without asking; anything else (index.html, the favicon) is revalidated on every use. Each file
 * goes out as the `.br` or `.gz` written beside it at build when the client takes that encoding,
 * else plain (a development build has none). Every non-api path a browser asks for is answered
 * by index.html (client-side routes), or by the copy of it that names the route's chunks for
 * preloading where the build wrote one (tools/build/route-preloads.mjs).
 */
export function serveWebApp(server: express.Express, dist: string): void {
  const root = resolve(dist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return;
  const variants = precompressedVariants(root);
  const pageFor = routePages(root);

  /** Sends `file` (relative to root), precompressed when possible; false when there is no variant. */
  const sendPrecompressed = (
    req: express.Request,
    res: express.Response,
    file: string,
    next: express.NextFunction,
  ) => {
    const available = variants.get(file);
    if (!available) return false;
    res.vary('Accept-Encoding');
    const chosen = req.acceptsEncodings([...available, 'identity']);
    const encoding = ENCODINGS.find((e) => e.name === chosen);
    if (!encoding) return false;
    res.type(file);
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Cache-Control', cacheControlFor(file));
    res.sendFile(join(root, file + encoding.suffix), { cacheControl: false }, (err) => err && next(err));
    return true;
  };

  // The app's files are never under /api: an api request skips them (and express.static's look at
  // the disk) on its way to the api's routes, which are mounted after these.
  const isApi = (req: express.Request) => req.path.startsWith('/api/');
  server.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req)) return next();
    let file: string;
    try {
      file = decodeURIComponent(req.path).replace(/^\/+/, '');
    } catch {
      return next();
    }
    if (!sendPrecompressed(req, res, file, next)) next();
  });
  const files = express.static(root, {
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlFor(path)),
  });
  server.use((req, res, next) => (isApi(req) ? next() : files(req, res, next)));
  server.get(/^(?!\/api(\/|$)|\/public-projects(\/|\?|$)).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    const page = pageFor(req.path);
    if (sendPrecompressed(req, res, page, next)) return;
    res.setHeader('Cache-Control', 'no-cache').sendFile(join(root, page));
  });
}

function cacheControlFor(path: string): string {
  return HASHED_NAME.test(path) ? IMMUTABLE : 'no-cache';
}

/**
 * Which copy of index.html answers a path: the build's route-preloads.json lists, per copy, the
 * paths it serves; any other path (and a build without the file) gets index.html.
 */
function routePages(root: string): (path: string) => string {
  const manifest = join(root, 'route-preloads.json');
  if (!existsSync(manifest)) return () => 'index.html';
  const pages = (JSON.parse(readFileSync(manifest, 'utf8')) as Array<{ patterns: string[]; file: string }>)
    .filter(({ file }) => existsSync(join(root, file)))
    .map(({ patterns, file }) => ({ matches: patterns.map((p) => new RegExp(p)), file }));
  return (path) => pages.find(({ matches }) => matches.some((m) => m.test(path)))?.file ?? 'index.html';
}

/**
 * Which files have a `.br`/`.gz` beside them, read once at start: the build does not change
 * under a running api, and a lookup in memory keeps the file system out of every request
 * (and any path a client makes up out of it).
 */
function precompressedVariants(root: string): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  for (const path of filesUnder(root)) {
    const encoding = ENCODINGS.find((e) => path.endsWith(e.suffix));
    if (!encoding) continue;
    const original = path.slice(0, -encoding.suffix.length);
    if (!existsSync(original)) continue;
    const key = relative(root, original).split(sep).join('/');
    variants.set(key, [...(variants.get(key) ?? []), encoding.name]);
  }
  return variants;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}
