// The embedded PostgreSQL of `npm start`: PGlite, persisted in a folder, served over the Postgres
// wire protocol on a loopback port so that `pg` and TypeORM talk to it unchanged.
// Usage: node embedded-postgres.mjs <data-dir> <port>
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const [dataDir, port] = process.argv.slice(2);
const db = await PGlite.create(dataDir);
// One connection per api or worker process (each pool has max 1); PGlite runs one query at a time.
const server = new PGLiteSocketServer({ db, port: Number(port), host: '127.0.0.1', maxConnections: 8 });
await server.start();
process.stdout.write(`ready ${port}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Closing PGlite flushes it to disk; a kill without this could lose the last writes.
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
