import type { CompressionFilter } from 'compression';
import type { Request, RequestHandler, Response } from 'express';
import Negotiator from 'negotiator';
import { brotliCompressSync, constants, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

/**
 * Above this an answer is compressed by the stream instead, off this thread: one call on 256 kB
 * takes a few milliseconds, which every other request would wait for.
 */
const MOST_BYTES = 256 * 1024;

/** As `compression` chooses: the client's best, brotli before gzip where it takes both alike. */
const SUPPORTED = ['br', 'gzip', 'identity'];
const PREFERRED = ['br', 'gzip'];
/** negotiator 1.x breaks ties by the server's preference; @types/negotiator still describes 0.6. */
type EncodingNegotiator = { encoding(available: string[], options: { preferred: string[] }): string | undefined };

export interface WholeAnswerSettings {
  thresholdBytes: number;
  gzip: ZlibOptions;
  brotli: BrotliOptions;
  filter: CompressionFilter;
}

/**
 * Compresses an answer Express sends whole (res.send: JSON, an .ics feed) in one synchronous call,
 * and sends it with its length. The `compression` stream would pass the same bytes through zlib's
 * thread pool in several hops: on the board's 94 kB that cost more than the compression itself
 * (tools/bench/board.bench.ts). Answers written in parts, tiny ones, large ones and those already
 * encoded are left to the stream.
 */
export function compressWholeAnswers(settings: WholeAnswerSettings): RequestHandler {
  return (req, res, next) => {
    const end = res.end as (...args: unknown[]) => Response;
    let writtenInParts = false;
    const write = res.write as (...args: unknown[]) => boolean;
    res.write = function (this: Response, ...args: unknown[]) {
      writtenInParts = true;
      return write.apply(this, args);
    } as Response['write'];
    res.end = function (this: Response, ...args: unknown[]) {
      const [chunk, encodingOrDone] = args;
      const body = writtenInParts ? null : asBuffer(chunk, encodingOrDone);
      const encoding = body && wholeAnswerEncoding(req, res, body, settings);
      if (!body || !encoding) return end.apply(this, args);
      const compressed =
        encoding === 'br'
          ? brotliCompressSync(body, {
              ...settings.brotli,
              params: { ...settings.brotli.params, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            })
          : gzipSync(body, settings.gzip);
      res.vary('Accept-Encoding');
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', compressed.length);
      const done = args.find((arg) => typeof arg === 'function');
      return done ? end.call(this, compressed, done) : end.call(this, compressed);
    } as Response['end'];
    next();
  };
}

function asBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return null;
}

/** br or gzip when this answer is one to compress here, else null (the stream decides). */
function wholeAnswerEncoding(
  req: Request,
  res: Response,
  body: Buffer,
  settings: WholeAnswerSettings,
): 'br' | 'gzip' | null {
  if (res.headersSent || req.method === 'HEAD') return null;
  if (body.length < settings.thresholdBytes || body.length > MOST_BYTES) return null;
  if (res.statusCode === 204 || res.statusCode === 304) return null;
  if (res.getHeader('Content-Encoding')) return null;
  if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(res.getHeader('Cache-Control') ?? ''))) return null;
  if (!settings.filter(req, res)) return null;
  const chosen = (new Negotiator(req) as unknown as EncodingNegotiator).encoding(SUPPORTED, {
    preferred: PREFERRED,
  });
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}
