import type { SessionData } from 'express-session';

/** How long a session row read here answers for the same session's next requests. */
export const SESSION_READ_SECONDS = 5;
/** Sessions remembered at most; the oldest remembered go first. About 200 bytes each. */
const MOST_ROWS = 10_000;

interface RowMemory {
  /** The row's `sess` as read or written, as JSON: every request gets its own copy to change. */
  sess?: string;
  /** Until when (epoch ms) `sess` may stand in for a read. */
  readUntil: number;
  /** The expiry (epoch seconds) this process last wrote to the row. */
  writtenExpire?: number;
}

/**
 * What this process knows of session rows, so that a person's burst of requests (a page opening
 * asks for ten things) reads their row once, and a touch this process knows would write nothing
 * is not sent at all.
 *
 * A remembered row may have been deleted since by another process (sign-out, a password change
 * or a deactivation handled there), so a remembered row never signs anyone in alone: the access
 * guard's reading of the person also checks that the row still exists (AuthService.findSignedInUser).
 * This process forgets a row as it deletes it.
 */
export class SessionRowMemory {
  private readonly rows = new Map<string, RowMemory>();
  /** Counts forgettings, so a read that raced a deletion is not remembered (see `reading`). */
  private forgotten = 0;

  constructor(private readonly readSeconds = SESSION_READ_SECONDS) {}

  /** A copy of the row's `sess` if it was read or written here within the last few seconds. */
  read(sid: string, now = Date.now()): SessionData | undefined {
    const row = this.rows.get(sid);
    return row?.sess !== undefined && now < row.readUntil ? JSON.parse(row.sess) : undefined;
  }

  /**
   * Marks the start of a database read; the returned function remembers its result, unless the
   * row was forgotten meanwhile (a deletion that the read may or may not have seen).
   */
  reading(sid: string): (sess: SessionData) => void {
    const forgottenBefore = this.forgotten;
    return (sess) => {
      if (this.forgotten === forgottenBefore) this.remember(sid, { sess: JSON.stringify(sess) });
    };
  }

  /** The row now holds this, written by this process. */
  wrote(sid: string, sess: SessionData, expire: number): void {
    this.remember(sid, { sess: JSON.stringify(sess), writtenExpire: expire });
  }

  /** This process renewed the row's expiry. */
  touched(sid: string, expire: number): void {
    const row = this.rows.get(sid);
    if (row) row.writtenExpire = expire;
    else this.remember(sid, { writtenExpire: expire, readUntil: 0 });
  }

  /** The expiry this process last wrote to the row, if it remembers one. */
  writtenExpire(sid: string): number | undefined {
    return this.rows.get(sid)?.writtenExpire;
  }

  forget(sid: string): void {
    this.forgotten++;
    this.rows.delete(sid);
  }

  private remember(sid: string, fact: Partial<RowMemory>): void {
    const row = this.rows.get(sid);
    // Deleted and set again: the Map's order stays the order of last use, oldest first.
    this.rows.delete(sid);
    this.rows.set(sid, {
      ...row,
      readUntil: Date.now() + this.readSeconds * 1000,
      ...fact,
    });
    if (this.rows.size > MOST_ROWS) this.rows.delete(this.rows.keys().next().value as string);
  }
}
