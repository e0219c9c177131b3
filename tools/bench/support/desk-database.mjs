import { readFileSync, readdirSync } from 'node:fs';

const parentOf = (pid) => {
  // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its ")".
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
};

const descendsFrom = (pid, ancestor) => {
  for (let at = pid; at > 1;) {
    try {
      at = parentOf(at);
    } catch {
      return false;
    }
    if (at === ancestor) return true;
  }
  return false;
};

/**
 * The address of the embedded PostgreSQL (PGlite) that a desk started by this process runs
 * (tools/launcher picks its port and keeps it to itself). Found among this process's descendants
 * by its command line, `embedded-postgres.mjs <data-dir> <port>`, so another run's desk on the same
 * machine is never touched. Linux only (/proc). PGlite takes a few connections beside the api's and
 * the worker's, one query at a time.
 */
export function deskDatabaseUrl() {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const script = args.findIndex((arg) => arg.endsWith('embedded-postgres.mjs'));
    if (script < 0 || !descendsFrom(Number(entry), process.pid)) continue;
    return `postgres://postgres:postgres@127.0.0.1:${args[script + 2]}/postgres`;
  }
  throw new Error('No embedded PostgreSQL under this process: was the desk started with DATABASE_URL?');
}
