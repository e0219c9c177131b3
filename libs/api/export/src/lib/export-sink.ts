import type { Writable } from 'node:stream';

/** Where an export is written: the HTTP response, or any writable stream. */
export type ExportSink = Writable;

/**
 * Writes and, when the receiver is slower than the database, waits until it has taken what was
 * written: a slow download holds back the reading of rows instead of piling them up in memory.
 */
export async function written(sink: ExportSink, chunk: string | Buffer): Promise<void> {
  if (sink.destroyed) throw new Error('The download was closed before the export ended');
  if (!sink.write(chunk)) await drainEvent(sink);
}

/** Resolves at once unless the sink holds more than it wants, then once it drained (or closed). */
export function drained(sink: ExportSink): Promise<void> {
  if (sink.destroyed) return Promise.reject(new Error('The download was closed before the export ended'));
  return sink.writableNeedDrain ? drainEvent(sink) : Promise.resolve();
}

/**
 * Ends the sink and resolves once everything was handed on. Not `end(callback)`: the compression
 * middleware's `end` takes its first argument for a chunk, even a function.
 */
export function ended(sink: ExportSink): Promise<void> {
  return new Promise((resolve, reject) => {
    sink.once('finish', () => resolve());
    sink.once('close', () => (sink.writableFinished ? resolve() : reject(new Error('The download was closed before the export ended'))));
    sink.end();
  });
}

/** Who waits for each sink to drain. */
const waiting = new WeakMap<ExportSink, Array<() => void>>();

/**
 * One listener per sink, for as long as it lives: under the compression middleware `on('drain')`
 * listens to the compressor but `off` would look on the response, so listeners added and removed
 * per wait would pile up on the compressor.
 */
function drainEvent(sink: ExportSink): Promise<void> {
  let queue = waiting.get(sink);
  if (!queue) {
    const wake = () => {
      const resolvers = waiting.get(sink) ?? [];
      waiting.set(sink, []);
      for (const resolve of resolvers) resolve();
    };
    queue = [];
    waiting.set(sink, queue);
    sink.on('drain', wake);
    sink.on('close', wake);
  }
  const resolvers = queue;
  return new Promise((resolve) => resolvers.push(resolve));
}
