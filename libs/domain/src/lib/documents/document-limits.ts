/** The largest file a project keeps: 25 MiB. A larger upload is refused with 413 and leaves nothing. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * The bytes of a document are kept in rows of this size, so an upload is written and a download
 * read one piece at a time and no request ever holds a whole file in memory.
 */
export const DOCUMENT_CHUNK_BYTES = 256 * 1024;

/** The longest file name kept; a longer one keeps its end (the extension) and loses its middle. */
export const DOCUMENT_FILE_NAME_MAX = 200;

/** How many documents one project keeps at most. */
export const DOCUMENT_MAX_PER_PROJECT = 500;

/** An upload left 'uploading' this long was cut off (a closed tab, a crash) and is removed. */
export const DOCUMENT_ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * The file name as kept: the last part of any path a browser sent, without control characters,
 * trimmed, at most DOCUMENT_FILE_NAME_MAX characters with its extension kept; null when nothing is left.
 */
export function documentFileName(sent: string): string | null {
  const base = sent.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return null;
  if (clean.length <= DOCUMENT_FILE_NAME_MAX) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, DOCUMENT_FILE_NAME_MAX - extension.length) + extension;
}
