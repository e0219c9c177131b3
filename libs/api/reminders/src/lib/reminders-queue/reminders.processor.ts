import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '@gp/api/core';
import { readReminderJob, ReminderJobName } from '@gp/api/deadline-sync';
import { DigestSender } from './digest.sender';
import { DueReminders } from './due-reminders';
import { RemindersReconciler } from './reminders.reconciler';

/** The `reminders` queue's worker: reads each job by its name and hands it to the class for that job. */
@Processor(QueueName.Reminders, { concurrency: 5 })
export class RemindersProcessor extends WorkerHost {
  constructor(
    private readonly due: DueReminders,
    private readonly reconciler: RemindersReconciler,
    private readonly digests: DigestSender,
  ) {
    super();
  }

  async process(job: Job<unknown, string, string>): Promise<string> {
    const reminderJob = readReminderJob(job);
    switch (reminderJob.name) {
      case ReminderJobName.Remind:
        return `${await this.due.claim(new Date(reminderJob.data.at))} notification(s)`;
      case ReminderJobName.Reconcile: {
        const { instants, catchUp, removed } = await this.reconciler.reconcile();
        return `${instants} instant(s)${catchUp ? ', caught up' : ''}, ${removed} removed`;
      }
      case ReminderJobName.Digest:
        return `${await this.digests.send()} digest(s)`;
    }
  }
}
