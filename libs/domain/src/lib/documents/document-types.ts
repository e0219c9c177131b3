/**
 * The kinds of file a project keeps, by the type told from their bytes. Office documents and
 * OpenDocument files, PDF, PNG and JPEG images, and plain text or CSV (told by being valid UTF-8
 * with no NUL byte, since text has no signature). Anything else, an executable above all, is refused.
 */
export const DOCUMENT_TYPES = [
  { mime: 'application/pdf', extension: 'pdf' },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  { mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  { mime: 'application/vnd.oasis.opendocument.spreadsheet', extension: 'ods' },
  { mime: 'image/png', extension: 'png' },
  { mime: 'image/jpeg', extension: 'jpg' },
  { mime: 'text/plain', extension: 'txt' },
  { mime: 'text/csv', extension: 'csv' },
] as const;

export type DocumentMime = (typeof DOCUMENT_TYPES)[number]['mime'];

/** What a file input offers to pick: the allowed extensions (the server still checks the bytes). */
export const DOCUMENT_ACCEPT = [...DOCUMENT_TYPES.map((t) => `.${t.extension}`), '.jpeg'].join(',');

/** Whether a type told from a file's bytes is one a project keeps. */
export function isDocumentMime(mime: string | undefined): mime is DocumentMime {
  return DOCUMENT_TYPES.some((t) => t.mime === mime);
}

/**
 * The type of a file that has no signature but is text: CSV when its name says so, plain text
 * otherwise. Both are served with their charset and `nosniff`, so a browser never runs them.
 */
export function textDocumentMime(fileName: string): 'text/csv' | 'text/plain' {
  return /\.csv$/i.test(fileName) ? 'text/csv' : 'text/plain';
}

/** The Content-Type a download is served with: text carries its charset. */
export function servedContentType(mime: string): string {
  return mime.startsWith('text/') ? `${mime}; charset=utf-8` : mime;
}
