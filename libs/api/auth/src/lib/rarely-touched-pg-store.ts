import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { SessionData } from 'express-session';
import { SessionRowMemory } from './session-row-memory';

type PgStoreClass = ReturnType<typeof connectPgSimple>;
type PgStoreOptions = ConstructorParameters<PgStoreClass>[0];
type Done = (err?: Error | null) => void;
/** connect-pg-simple's own helpers: public in its code, absent from its types. */
interface PgStoreInternals {
  quotedTable(): string;
  query(sql: string, params: unknown[], fn: (err?: Error | null, firstRow?: unknown) => void): void;
}

/** The expiry connect-pg-simple stores for a session, in epoch seconds. */
const expireOf = (sess: SessionData): number =>
  Math.ceil((sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : Date.now()) / 1000);

/**
 * The PostgreSQL session store, except that a touch writes the row only when its expiry is more
 * than `touchSeconds` old. express-session touches on every request a session rides on, and
 * connect-pg-simple turns each touch into an UPDATE: every signed-in GET was a write (a new row
 * version, WAL, vacuum work). The condition lives in the UPDATE itself, so several api processes
 * agree without sharing memory, and a touch within the interval matches no row and writes nothing.
 *
 * Idle sign-out stays right: the stored expiry trails the last request by at most `touchSeconds`,
 * so an active person's session never lapses and an idle one ends between `maxAge - touchSeconds`
 * and `maxAge` after their last request.
 *
 * Each request waits for its touch before its answer goes out, so a touch this process knows
 * would match no row (it wrote the expiry itself less than `touchSeconds` before) is not sent;
 * and a row read or written here serves the same session's requests of the next few seconds
 * (see SessionRowMemory, and why that lets no deleted session in).
 */
export function rarelyTouchedPgStore(options: PgStoreOptions & { touchSeconds: number }): session.Store {
  const PgStore = connectPgSimple(session);
  const { touchSeconds, ...storeOptions } = options;
  class RarelyTouchedPgStore extends PgStore {
    private readonly rows = new SessionRowMemory();

    override get(sid: string, fn: (err: unknown, sess?: SessionData | null) => void): void {
      const remembered = this.rows.read(sid);
      if (remembered) return process.nextTick(fn, null, remembered);
      const remember = this.rows.reading(sid);
      super.get(sid, (err: unknown, sess?: SessionData | null) => {
        if (!err && sess) remember(sess);
        fn(err, sess);
      });
    }

    override set(sid: string, sess: SessionData, fn?: Done): void {
      // Forgotten first: a read racing this write must not be remembered over it.
      this.rows.forget(sid);
      super.set(sid, sess, (err?: Error | null) => {
        if (!err) this.rows.wrote(sid, sess, expireOf(sess));
        fn?.(err);
      });
    }

    override destroy(sid: string, fn?: Done): void {
      this.rows.forget(sid);
      super.destroy(sid, fn);
    }

    override touch(sid: string, sess: SessionData, fn?: Done): void {
      const expire = expireOf(sess);
      const written = this.rows.writtenExpire(sid);
      // The UPDATE below would find the stored expiry recent enough and write nothing.
      if (written !== undefined && expire - written <= touchSeconds) return fn?.(null);
      const store = this as unknown as PgStoreInternals;
      store.query(
        `UPDATE ${store.quotedTable()} SET expire = to_timestamp($1)
          WHERE sid = $2 AND expire < to_timestamp($1) - make_interval(secs => $3) RETURNING sid`,
        [expire, sid, touchSeconds],
        (err, renewed) => {
          if (!err && renewed) this.rows.touched(sid, expire);
          fn?.(err);
        },
      );
    }
  }
  return new RarelyTouchedPgStore(storeOptions);
}
