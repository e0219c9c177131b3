import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '@gp/api/core';
import { readReminderJob, ReminderJobName } from '@gp/api/deadline-sync';
import { DigestSender } from './digest.sender';
import { RemindJob } from './remind.job';
import { RemindersReconciler } from './reminders.reconciler';
import { RuleChangedJob } from './rule-changed.job';

/** The `reminders` queue's worker: reads each job by its name and hands it to the class for that job. */
@Processor(QueueName.Reminders, { concurrency: 5 })
export class RemindersProcessor extends WorkerHost {
  constructor(
    private readonly remind: RemindJob,
    private readonly reconciler: RemindersReconciler,
    private readonly digests: DigestSender,
    private readonly ruleChanged: RuleChangedJob,
  ) {
    super();
  }

  async process(job: Job<unknown, string, string>): Promise<string> {
    const reminderJob = readReminderJob(job);
    switch (reminderJob.name) {
      case ReminderJobName.Remind:
        return this.remind.run(reminderJob.data, job.id);
      case ReminderJobName.Reconcile:
        return `re-added ${await this.reconciler.reconcile()}`;
      case ReminderJobName.Digest:
        return `${await this.digests.send()} digest(s)`;
      case ReminderJobName.RuleChanged:
        return `re-added ${await this.ruleChanged.run(reminderJob.data)}`;
    }
  }
}
