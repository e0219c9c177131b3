import {
  dueDaysFiringBetween,
  reminderFirings,
  reminderFiringsInMinutes,
  zonedWallTimeToInstant,
  type DeadlineKind,
  type ReminderFiring,
  type ReminderOffsetsByKind,
} from '@gp/domain';
import type { AppConfig } from '@gp/api/core';

/** What the plan needs to know of a deadline to time its reminders. */
export interface TimedDeadline {
  kind: DeadlineKind;
  dueOn: string;
  /** The published instant, where there is one; only the minutes test setting uses it. */
  dueAt?: Date | null;
}

type PlanConfig = Pick<AppConfig, 'timeZone' | 'reminderSendTime' | 'reminderOffsetsInMinutes'>;

/**
 * The reminder rules in force, as of one reading: which reminders each kind of deadline gets and
 * when each goes out. Read it afresh for each piece of work, so an admin's change applies at once.
 */
export class ReminderPlan {
  /**
   * Worked out once per kind and day: time-zone arithmetic costs about a millisecond, and a
   * reconcile of 100,000 deadlines meets the same few hundred days.
   */
  private readonly firingsByDay = new Map<string, ReminderFiring[]>();

  constructor(
    readonly offsetsByKind: ReminderOffsetsByKind,
    private readonly config: PlanConfig,
  ) {}

  offsetsOf(kind: DeadlineKind): readonly number[] {
    return this.offsetsByKind[kind];
  }

  /** True while a reminder `offset` is part of its kind's rule: a removed day sends nothing. */
  applies(kind: DeadlineKind, offset: number): boolean {
    return this.offsetsByKind[kind].includes(offset);
  }

  /** The due days, per kind, whose reminders can fire from `firstDay` to `lastDay` (for the database to find). */
  dueDaysFiringBetween(firstDay: string, lastDay: string): Array<{ kind: string; from: string; to: string }> {
    return dueDaysFiringBetween(this.offsetsByKind, firstDay, lastDay, this.config.reminderOffsetsInMinutes);
  }

  /** When each of a deadline's reminders goes out, soonest first. */
  firingsOf(deadline: TimedDeadline): ReminderFiring[] {
    const offsets = this.offsetsOf(deadline.kind);
    if (this.config.reminderOffsetsInMinutes)
      return reminderFiringsInMinutes(
        deadline.dueAt ??
          (zonedWallTimeToInstant(
            `${deadline.dueOn}T${this.config.reminderSendTime}`,
            this.config.timeZone,
          ) as Date),
        offsets,
      );
    const key = `${deadline.kind}|${deadline.dueOn}`;
    let firings = this.firingsByDay.get(key);
    if (!firings) {
      firings = reminderFirings(deadline.dueOn, offsets, this.config.timeZone, this.config.reminderSendTime);
      this.firingsByDay.set(key, firings);
    }
    return firings;
  }
}
