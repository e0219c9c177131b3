import { Queue } from 'bullmq';
import { Client } from 'pg';
import { QueueName, redisOptionsFromUrl } from '@gp/api/core';
import { drainedQueues } from './support/drained-queues';
import { testConfig } from './support/test-environment';
import { until } from './support/until';

/**
 * The waits the other suites rely on before asserting that nothing happened: were they to return
 * while work is left, those assertions would pass whatever the desk did.
 */
describe('the tests’ own waits', () => {
  const config = testConfig();
  const queues = new Map<QueueName, Queue>();
  const queue = (name: QueueName) => {
    if (!queues.has(name))
      queues.set(
        name,
        new Queue(name, { connection: redisOptionsFromUrl(config.redisUrl), prefix: config.queuePrefix }),
      );
    return queues.get(name) as Queue;
  };

  afterAll(async () => {
    for (const q of queues.values()) {
      await q.obliterate({ force: true });
      await q.close();
    }
  });

  it('until returns the value once it holds, and otherwise fails naming what it waited for', async () => {
    let reads = 0;
    expect(await until(() => ++reads, { what: 'three reads', ok: (n) => n >= 3, everyMs: 1 })).toBe(3);
    await expect(until(() => 'no', { what: 'a yes', ok: (v) => v === 'yes', timeoutMs: 50 })).rejects.toThrow(
      'Waited 50 ms for a yes; last seen: "no"',
    );
  });

  it('refuses to call queues drained under a prefix that has none', async () => {
    await expect(
      drainedQueues({ ...config, queuePrefix: `${config.queuePrefix}-nothing-here` }, 500),
    ).rejects.toThrow(/No queue under the prefix/);
  });

  it('holds while a job waits, or a delayed one falls due soon, but not for one due another day', async () => {
    const reminders = queue(QueueName.Reminders);
    const waiting = await reminders.add('digest', {}, { jobId: `waits-now-${Date.now()}` });
    await expect(drainedQueues(config, 500)).rejects.toThrow(/reminders waiting: 1/);
    await waiting.remove();

    const soon = await reminders.add('digest', {}, { jobId: `waits-soon-${Date.now()}`, delay: 5_000 });
    await expect(drainedQueues(config, 500)).rejects.toThrow(/reminders delayed, due soon: 1/);
    await soon.remove();

    await queue(QueueName.Mail).add('send', {}, { jobId: `waits-tomorrow-${Date.now()}`, delay: 86_400_000 });
    await expect(drainedQueues(config, 2_000)).resolves.toBeUndefined();
  });

  it('holds while the mail log has an email queued', async () => {
    const database = new Client({ connectionString: config.databaseUrl });
    await database.connect();
    const messageId = `<waits.${Date.now()}@projektdesken>`;
    try {
      await database.query(
        `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, status)
         VALUES ($1, 'waits@test.kommun.se', 'Prov', 'Prov', '<p>Prov</p>', 'test', 'queued')`,
        [messageId],
      );
      await expect(drainedQueues(config, 500)).rejects.toThrow(/mail log queued: 1/);
      await database.query(`UPDATE mail_log SET status = 'sent' WHERE message_id = $1`, [messageId]);
      await expect(drainedQueues(config, 2_000)).resolves.toBeUndefined();
    } finally {
      await database.end();
    }
  });
});
