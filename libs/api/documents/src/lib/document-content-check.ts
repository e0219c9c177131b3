import { fromBuffer } from 'file-type';
import { TextDecoder } from 'node:util';
import { isDocumentMime, textDocumentMime, type DocumentMime } from '@gp/domain';
import { documentErrors } from './document-errors';

/**
 * Tells a document's type from its first chunk, never from its name: an .exe renamed .pdf is
 * refused. Text has no signature, so a file with none counts as text when it is UTF-8 without NUL
 * bytes, and every later chunk is held to that too.
 */
export class DocumentContentCheck {
  private text: TextDecoder | null = null;

  /** The type of the file whose first chunk this is; throws 415 when it is not one kept here. */
  async first(chunk: Buffer, fileName: string): Promise<DocumentMime> {
    const told = await fromBuffer(chunk);
    if (told) {
      if (!isDocumentMime(told.mime)) throw documentErrors.typeNotAllowed();
      return told.mime;
    }
    this.text = new TextDecoder('utf-8', { fatal: true });
    this.next(chunk);
    return textDocumentMime(fileName);
  }

  /** Checks a later chunk of a text file; other types were settled by their first bytes. */
  next(chunk: Buffer): void {
    if (!this.text) return;
    if (chunk.includes(0)) throw documentErrors.typeNotAllowed();
    try {
      this.text.decode(chunk, { stream: true });
    } catch {
      throw documentErrors.typeNotAllowed();
    }
  }

  /** The end of the file: a text file may not stop inside a character. */
  end(): void {
    if (!this.text) return;
    try {
      this.text.decode();
    } catch {
      throw documentErrors.typeNotAllowed();
    }
  }
}
