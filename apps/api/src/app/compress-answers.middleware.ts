import compression from 'compression';
import type { RequestHandler } from 'express';
import { constants } from 'node:zlib';
import { compressWholeAnswers } from './compress-whole-answers.middleware';

/** Below this a compressed answer saves less than its headers and CPU cost. */
const THRESHOLD_BYTES = 1024;

/**
 * Brotli's window as a power of two: 2^18 = 256 kB instead of the default 4 MB, which each answer
 * being compressed may hold outside V8's heap. JSON repeats itself within a few kB, so the smaller
 * window compresses as well (2.2 MB of project-like JSON: 248 kB at 2^18, 268 kB at 2^22). Its own
 * share of the api's memory under load was not measured apart from the V8 settings in main.ts.
 */
const BROTLI_WINDOW_BITS = 18;

/** zlib's hash memory for gzip: level 8 (the default, 128 kB a stream) halved; gzip's window stays 32 kB. */
const GZIP_MEM_LEVEL = 7;

/**
 * The board's 94 kB of JSON, measured on this machine (2 cores, shared): brotli quality 1 took
 * 0.16-0.30 ms for 7.4 kB, quality 4 (the setting before) 0.66-1.0 ms for 6.9 kB; gzip level 1
 * 0.36-0.95 ms for 8.7 kB, level 6 (zlib's default) 0.9-1.5 ms for 7.6 kB. A few hundred bytes
 * more are worth less than half a millisecond of the api's one thread on every answer.
 */
const BROTLI_QUALITY = 1;
const GZIP_LEVEL = 1;

/**
 * API answers (JSON, the .ics feeds) compressed per request: brotli when the client takes it,
 * else gzip, with `Vary: Accept-Encoding`. Every answer pays its compression on its way out, so
 * both run at their fastest setting (see the levels above); the web app's files are compressed once at build instead
 * (`tools/build/precompress.mjs`) and arrive here already encoded, which compression leaves alone.
 * An answer sent whole (nearly every one) is compressed in one call (compressWholeAnswers); the
 * `compression` stream takes what is written in parts. Server-sent events would wait in the
 * compressor's buffer, so they are never compressed.
 */
export function compressAnswers(): RequestHandler[] {
  const settings = {
    thresholdBytes: THRESHOLD_BYTES,
    gzip: { level: GZIP_LEVEL, memLevel: GZIP_MEM_LEVEL },
    brotli: {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS,
      },
    },
  };
  const compressible: compression.CompressionFilter = (req, res) =>
    !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
    compression.filter(req, res);
  return [
    compression({
      threshold: settings.thresholdBytes,
      ...settings.gzip,
      brotli: settings.brotli,
      filter: compressible,
    }),
    // After the stream, so its answers reach the stream already encoded and pass through it.
    compressWholeAnswers({ ...settings, filter: compressible }),
  ];
}
