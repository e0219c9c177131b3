import type { Writable } from 'node:stream';

/** Where an export is written: the HTTP response, or any writable stream. */
export type ExportSink = Writable;

/**
 * Writes and, when the receiver is slower than the database, waits until it has taken what was
 * written: a slow download holds back the reading of rows instead of piling them up in memory.
 * (Under the compression middleware `write` and `drain` are the compressor's, which is what to
 * wait for.)
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

function drainEvent(sink: ExportSink): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      sink.off('drain', done);
      sink.off('close', done);
      resolve();
    };
    sink.on('drain', done);
    sink.on('close', done);
  });
}
