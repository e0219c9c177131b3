import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { SessionData } from 'express-session';

type PgStoreClass = ReturnType<typeof connectPgSimple>;
type PgStoreOptions = ConstructorParameters<PgStoreClass>[0];
/** connect-pg-simple's own helpers: public in its code, absent from its types. */
interface PgStoreInternals {
  quotedTable(): string;
  query(sql: string, params: unknown[], fn: (err?: Error | null) => void): void;
}

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
 */
export function rarelyTouchedPgStore(options: PgStoreOptions & { touchSeconds: number }): session.Store {
  const PgStore = connectPgSimple(session);
  const { touchSeconds, ...storeOptions } = options;
  class RarelyTouchedPgStore extends PgStore {
    override touch(sid: string, sess: SessionData, fn?: (err?: Error | null) => void): void {
      const expires = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : Date.now();
      const store = this as unknown as PgStoreInternals;
      store.query(
        `UPDATE ${store.quotedTable()} SET expire = to_timestamp($1)
          WHERE sid = $2 AND expire < to_timestamp($1) - make_interval(secs => $3)`,
        [Math.ceil(expires / 1000), sid, touchSeconds],
        (err) => fn?.(err),
      );
    }
  }
  return new RarelyTouchedPgStore(storeOptions);
}
