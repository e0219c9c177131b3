// Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside each compressible file of the
// built web app, once per build, so the api sends them without compressing per request.
// Usage: node tools/build/precompress.mjs [folder]   (default dist/apps/web/browser)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// woff2 is brotli inside already; images other than svg are compressed formats too.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|ttf|otf|woff|ico|map|xml|webmanifest)$/i;
// Below this the headers outweigh the saving (the api's on-the-fly threshold is the same).
const MIN_BYTES = 1024;

const folder = resolve(process.argv[2] ?? 'dist/apps/web/browser');
let written = 0;
let kept = 0;
for (const file of filesUnder(folder)) {
  const { size, mtimeMs } = statSync(file);
  if (!COMPRESSIBLE.test(file) || size < MIN_BYTES) continue;
  // Re-runs after a cached build only redo what changed.
  if (newerThan(`${file}.br`, mtimeMs) && newerThan(`${file}.gz`, mtimeMs)) {
    kept++;
    continue;
  }
  const body = readFileSync(file);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
        [constants.BROTLI_PARAM_MODE]: /\.(ttf|otf|woff)$/i.test(file)
          ? constants.BROTLI_MODE_FONT
          : constants.BROTLI_MODE_TEXT,
      },
    }),
  );
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  written++;
}
console.log(`precompress: ${written} files compressed, ${kept} unchanged, in ${folder}`);

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function newerThan(path, mtimeMs) {
  try {
    return statSync(path).mtimeMs >= mtimeMs;
  } catch {
    return false;
  }
}
