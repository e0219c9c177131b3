import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { DOCUMENT_FILE_FIELD, DOCUMENT_MAX_BYTES } from '@gp/domain';
import { documentErrors } from './document-errors';

/** The most a refused request is read for before its connection is cut instead. */
const DRAIN_MAX_BYTES = 4 * DOCUMENT_MAX_BYTES;

/** Room for the multipart boundaries and part headers around the file in a request's length. */
export const MULTIPART_SLACK_BYTES = 64 * 1024;

/**
 * Reads the rest of a request and throws it away, so an answer sent before the body is read
 * reaches the client; a body longer than any upload may be is cut off with its connection.
 */
export function drain(req: Request): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded || req.complete) return resolve();
    let seen = 0;
    req.on('data', (piece: Buffer) => {
      seen += piece.length;
      if (seen > DRAIN_MAX_BYTES) req.destroy();
    });
    req.once('end', () => resolve());
    req.once('close', () => resolve());
    req.resume();
  });
}

/** Whether the request says up front that it is longer than any upload may be. */
export function declaredTooLarge(req: Request): boolean {
  const length = Number(req.headers['content-length']);
  return Number.isFinite(length) && length > DOCUMENT_MAX_BYTES + MULTIPART_SLACK_BYTES;
}

/** The file of a multipart upload as it arrives: `truncated` turns true when it passed the limit. */
export type UploadedFile = Readable & { truncated?: boolean };

/**
 * Streams the one file of a multipart request to `store`, which reads it at its own pace (the
 * request waits while a chunk is written). Settles only when the whole request has been read, so
 * a refusal (413, 415) is an answer the client receives, not a broken connection. Other fields
 * and further files are read and ignored.
 */
export function receiveUpload<T>(
  req: Request,
  store: (file: UploadedFile, fileName: string) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send a file name's UTF-8 bytes as they are; busboy would read them as Latin-1.
        defParamCharset: 'utf8',
        // busboy calls a file that reaches the limit truncated: one byte more tells a file of exactly 25 MB from a larger one.
        limits: { files: 1, fileSize: DOCUMENT_MAX_BYTES + 1, fields: 10, fieldSize: 1024, parts: 12 },
      });
    } catch {
      void drain(req).then(() => reject(documentErrors.notMultipart()));
      return;
    }
    let stored: Promise<T> | null = null;
    let failure: unknown = null;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    /** Stops parsing, reads the rest of the body and then refuses: the client gets the answer. */
    const refuse = (error: unknown) => {
      req.unpipe(parser);
      void drain(req).then(() => settle(() => reject(error)));
    };
    parser.on('file', (field, file: UploadedFile, info) => {
      if (field !== DOCUMENT_FILE_FIELD || stored) {
        file.resume();
        return;
      }
      stored = store(file, info.filename ?? '');
      // A refused file may have been destroyed mid-way, and then busboy never finishes: drain instead.
      stored.catch(refuse);
    });
    parser.on('error', (error) => {
      failure = error;
      if (!stored) refuse(documentErrors.notMultipart());
    });
    parser.on('close', () => {
      if (stored) stored.then((value) => settle(() => resolve(value)), refuse);
      else refuse(failure ? documentErrors.notMultipart() : documentErrors.noFile());
    });
    // A client that goes away mid-upload: the file stream fails, and the store removes what it wrote.
    req.on('aborted', () => parser.destroy(new Error('The upload was cut off')));
    req.pipe(parser);
  });
}
