import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { QueueName, redisOptionsFromUrl } from '@gp/api/core';
import { until } from './until';

/** Where a run's queues and mail log live: an AppConfig will do. */
export interface QueuesOf {
  redisUrl: string;
  queuePrefix: string;
  /** Without it (the embedded PGlite is out of reach), the mail log is not consulted. */
  databaseUrl?: string;
}

/**
 * A job delayed by less than this is work about to happen (a retry's backoff, a reminder firing
 * now); a reminder scheduled for its day is not.
 */
const SOON_MS = 30_000;

// A reminder job may queue an email, and an email job writes the mail log: each is read after
// the ones that feed it, so work handed on between two reads is still seen.
const FEEDERS_FIRST = [QueueName.Reminders, QueueName.Mail];

/**
 * Waits until nothing is left to happen: the reminders and mail queues of the prefix hold no
 * waiting, active or prioritized job and no delayed one falling due soon (a scheduler's recurring
 * job aside), and the mail log has no email queued or being sent, twice in a row. Only then may a
 * test assert that something was NOT sent: a late duplicate would still have been on its way.
 */
export async function drainedQueues(where: QueuesOf, timeoutMs = 30_000): Promise<void> {
  const redis = new Redis(where.redisUrl, { maxRetriesPerRequest: 1 });
  // A wrong prefix would find nothing to wait for and let any assertion through. Looked up before
  // the queues below are opened: opening one writes its keys.
  const known = await redis.exists(
    ...FEEDERS_FIRST.flatMap((name) => ['meta', 'id'].map((key) => `${where.queuePrefix}:${name}:${key}`)),
  );
  if (known === 0) {
    redis.disconnect();
    throw new Error(`No queue under the prefix ${where.queuePrefix}: the test waits on the wrong queues.`);
  }
  const queues = FEEDERS_FIRST.map(
    (name) => new Queue(name, { connection: redisOptionsFromUrl(where.redisUrl), prefix: where.queuePrefix }),
  );
  const database = where.databaseUrl ? new Client({ connectionString: where.databaseUrl }) : null;
  await database?.connect();
  try {
    let quietReads = 0;
    await until(
      async () => {
        const left = await workLeft(queues, redis, database);
        quietReads = left.length === 0 ? quietReads + 1 : 0;
        return left;
      },
      {
        what: `the queues of ${where.queuePrefix} to drain`,
        ok: () => quietReads >= 2,
        timeoutMs,
        everyMs: 150,
      },
    );
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
    redis.disconnect();
    await database?.end();
  }
}

/** What is still to be done, in words, for the failure message; empty when nothing is. */
async function workLeft(queues: Queue[], redis: Redis, database: Client | null): Promise<string[]> {
  const left: string[] = [];
  for (const queue of queues) {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
    for (const [state, count] of Object.entries(counts))
      if (count > 0) left.push(`${queue.name} ${state}: ${count}`);
    const dueSoon = await delayedDueSoon(queue, redis);
    if (dueSoon > 0) left.push(`${queue.name} delayed, due soon: ${dueSoon}`);
  }
  if (database) {
    const { rows } = await database.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM mail_log WHERE status IN ('queued', 'sending') GROUP BY status`,
    );
    for (const row of rows) left.push(`mail log ${row.status}: ${row.n}`);
  }
  return left;
}

/** Delayed jobs that fall due within SOON_MS, not counting a job scheduler's next run. */
async function delayedDueSoon(queue: Queue, redis: Redis): Promise<number> {
  // BullMQ scores a delayed job by its due time in milliseconds times 0x1000.
  const ids = await redis.zrangebyscore(queue.keys['delayed'], 0, (Date.now() + SOON_MS) * 0x1000);
  let due = 0;
  for (const id of ids) {
    const job = await queue.getJob(id);
    if (job && !job.repeatJobKey) due++;
  }
  return due;
}
