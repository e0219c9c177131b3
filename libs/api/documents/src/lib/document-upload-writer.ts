import { DOCUMENT_CHUNK_BYTES, documentFileName } from '@gp/domain';
import { DocumentChunks, type DocumentPlace } from './document-chunks';
import { DocumentContentCheck } from './document-content-check';
import { documentErrors } from './document-errors';
import type { UploadedFile } from './multipart-upload';

/** An upload written whole under its 'uploading' row, not yet listed. */
export interface WrittenUpload {
  documentId: string;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Writes one arriving file into chunk rows as it comes: at most one chunk (plus what the network
 * hands over at once) is held in memory. The type is told from the first chunk before anything is
 * written, so a refused file leaves no row; any later failure removes the rows written so far.
 */
export async function writeUpload(
  chunks: DocumentChunks,
  file: UploadedFile,
  sentName: string,
  place: DocumentPlace,
  uploaderId: string,
): Promise<WrittenUpload> {
  const fileName = documentFileName(sentName);
  if (!fileName) throw documentErrors.noName();
  const check = new DocumentContentCheck();
  let documentId: string | null = null;
  let contentType = '';
  let position = 0;
  let size = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const flush = async (bytes: Buffer): Promise<void> => {
    if (documentId === null) {
      contentType = await check.first(bytes, fileName);
      documentId = await chunks.begin(place, fileName, contentType, uploaderId);
    } else check.next(bytes);
    await chunks.append(documentId, position, bytes);
    position += 1;
    size += bytes.length;
  };

  try {
    for await (const piece of file as AsyncIterable<Buffer>) {
      pending.push(piece);
      pendingBytes += piece.length;
      while (pendingBytes >= DOCUMENT_CHUNK_BYTES) {
        const joined = Buffer.concat(pending, pendingBytes);
        await flush(joined.subarray(0, DOCUMENT_CHUNK_BYTES));
        const rest = joined.subarray(DOCUMENT_CHUNK_BYTES);
        pending = rest.length > 0 ? [Buffer.from(rest)] : [];
        pendingBytes = rest.length;
      }
    }
    if (file.truncated) throw documentErrors.tooLarge();
    if (pendingBytes > 0) await flush(Buffer.concat(pending, pendingBytes));
    if (documentId === null) throw documentErrors.empty();
    check.end();
    return { documentId, fileName, contentType, size };
  } catch (error) {
    if (documentId !== null) await chunks.discard(documentId);
    throw error;
  }
}
