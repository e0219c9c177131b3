/**
 * How the board pages each column. A column lists its cards most recently changed first (ties by
 * id, so the order is total); a page continues after the last card the previous one returned, by
 * that card's change instant and id (a keyset), so a card moved meanwhile neither repeats nor
 * makes another one skipped, as an offset would.
 */

/** Cards per column on the first load and per "show more". */
export const BOARD_PAGE_SIZE = 30;
/** The most cards one page may ask for. */
export const BOARD_PAGE_MAX = 100;

/** Where a column's next page starts: after this card, in the column's order. */
export interface BoardCursor {
  /** The card's change instant, to the microsecond PostgreSQL keeps (ISO, UTC, six decimals). */
  updatedAt: string;
  id: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque text for the address: base64url of "instant|id". */
export function encodeBoardCursor(cursor: BoardCursor): string {
  return btoa(`${cursor.updatedAt}|${cursor.id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The cursor a text stands for, or null when it is not one this board made. */
export function decodeBoardCursor(text: string): BoardCursor | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 120 || !/^[A-Za-z0-9_-]+$/.test(text))
    return null;
  let plain: string;
  try {
    plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const [updatedAt, id, ...rest] = plain.split('|');
  if (rest.length > 0 || !INSTANT.test(updatedAt ?? '') || !UUID.test(id ?? '')) return null;
  if (Number.isNaN(Date.parse(updatedAt))) return null;
  return { updatedAt, id: id.toLowerCase() };
}
