import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '@gp/api/core';
import { DeletedIdeaPurger } from './deleted-idea.purger';
import { HousekeepingJobName } from './housekeeping-job';

/** The `housekeeping` queue's worker: the daily purge of deleted ideas past their 30 days. */
@Processor(QueueName.Housekeeping, { concurrency: 1 })
export class HousekeepingProcessor extends WorkerHost {
  constructor(private readonly purger: DeletedIdeaPurger) {
    super();
  }

  async process(job: Job<unknown, string, string>): Promise<string> {
    if (job.name === HousekeepingJobName.PurgeDeletedIdeas)
      return `${await this.purger.purge()} deleted idea(s) purged`;
    return `unknown job ${job.name}: nothing done`;
  }
}
