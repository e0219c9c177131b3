import { Injectable } from '@nestjs/common';
import { reminderJobId } from '@gp/domain';
import { type RuleChangedPayload } from '@gp/api/deadline-sync';
import { RemindersReconciler } from './reminders.reconciler';

/**
 * An admin changed a kind's reminder days: the removed days' jobs go (they would send nothing,
 * but should not sit in Redis), and the new days' jobs come at once rather than at the next
 * reconcile.
 */
@Injectable()
export class RuleChangedJob {
  constructor(private readonly reconciler: RemindersReconciler) {}

  /** @returns how many reminder jobs were offered to Redis */
  async run(change: RuleChangedPayload, now = new Date()): Promise<number> {
    const started = Date.now();
    const open = await this.reconciler.openDeadlines(now);
    const removed = open
      .filter((deadline) => deadline.kind === change.kind)
      .flatMap((deadline) =>
        change.removedOffsets.map((offset) => reminderJobId(deadline.id, offset, deadline.dueOn)),
      );
    await this.reconciler.removeJobs(removed);
    return this.reconciler.offer(open, now, started);
  }
}
