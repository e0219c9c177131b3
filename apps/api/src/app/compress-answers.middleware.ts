import compression from 'compression';
import type { RequestHandler } from 'express';
import { constants } from 'node:zlib';

/** Below this a compressed answer saves less than its headers and CPU cost. */
const THRESHOLD_BYTES = 1024;

/**
 * API answers (JSON, the .ics feeds) compressed per request: brotli when the client takes it,
 * else gzip, with `Vary: Accept-Encoding`. Brotli at quality 4 costs about what gzip 6 does and
 * still shrinks JSON by ~85 %; the web app's files are compressed once at build instead
 * (`tools/build/precompress.mjs`) and arrive here already encoded, which compression leaves alone.
 * Server-sent events would wait in the compressor's buffer, so they are never compressed.
 */
export function compressAnswers(): RequestHandler {
  return compression({
    threshold: THRESHOLD_BYTES,
    level: 6,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    filter: (req, res) =>
      !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
      compression.filter(req, res),
  });
}
