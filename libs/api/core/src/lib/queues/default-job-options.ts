import type { DefaultJobOptions } from 'bullmq';

/**
 * One place for retries and clean-up. Completed jobs are kept a day so their deterministic
 * ids still answer "already done" for a while; the "sent once" guarantee itself lives in PostgreSQL.
 */
export const defaultJobOptions: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
