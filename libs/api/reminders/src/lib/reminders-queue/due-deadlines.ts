import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { reminderOwed, zonedDay, type DeadlineKind } from '@gp/domain';
import type { ReminderPlan } from '@gp/api/deadline-sync';

/** An open deadline with what its reminders need: when they fire, who gets them, what they say. */
export interface DueDeadline {
  id: string;
  kind: DeadlineKind;
  title: string;
  /** The checklist item or co-funding request it comes from, else null. */
  sourceId: string | null;
  projectId: string;
  projectTitle: string;
  dueOn: string;
  dueAt: Date | null;
  updatedAt: Date;
  /** The funder's time zone, for a call. */
  funderTimeZone: string | null;
}

/** A deadline's source key as the id of what it comes from; '' (the project's own dates) is none. */
export function sourceIdOf(sourceKey: string): string | null {
  return isUUID(sourceKey) ? sourceKey : null;
}

/** One reminder of one deadline that has fallen due. */
export interface DueReminder {
  deadline: DueDeadline;
  offsetDays: number;
}

/** The reminders of `deadlines` a claim at `at` owes, by libs/domain's `reminderOwed`. */
export function remindersOwed(
  deadlines: readonly DueDeadline[],
  plan: ReminderPlan,
  at: Date,
): DueReminder[] {
  return deadlines.flatMap((deadline) =>
    plan
      .firingsOf(deadline)
      .filter((firing) => reminderOwed(firing.at, at, deadline.updatedAt))
      .map((firing) => ({ deadline, offsetDays: firing.offsetDays })),
  );
}

/**
 * The open deadlines that may have a reminder firing from `from` to `to`: found by their due days
 * (libs/domain's `dueDaysFiringBetween`) through the (status, due_on) index, so the cost is what
 * the window holds, not every deadline. The caller checks each firing's exact instant.
 */
export async function deadlinesFiringBetween(
  manager: EntityManager,
  plan: ReminderPlan,
  from: Date,
  to: Date,
  timeZone: string,
): Promise<DueDeadline[]> {
  const ranges = plan.dueDaysFiringBetween(zonedDay(from, timeZone), zonedDay(to, timeZone));
  if (ranges.length === 0) return [];
  const rows: Array<Record<string, unknown>> = await manager.query(
    `SELECT DISTINCT d.id, d.kind, d.title, d.source_key, d.project_id, p.title AS project_title,
            to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.due_at, d.updated_at, c.deadline_time_zone
       FROM unnest($1::text[], $2::date[], $3::date[]) AS r(kind, from_on, to_on)
       JOIN deadline d ON d.status = 'open' AND d.due_on BETWEEN r.from_on AND r.to_on AND d.kind = r.kind
       JOIN project p ON p.id = d.project_id
       LEFT JOIN programme_call c ON d.kind = 'call' AND c.id = p.call_id`,
    [ranges.map((r) => r.kind), ranges.map((r) => r.from), ranges.map((r) => r.to)],
  );
  return rows.map((row) => {
    return {
      id: String(row['id']),
      kind: row['kind'] as DeadlineKind,
      title: String(row['title']),
      sourceId: sourceIdOf(String(row['source_key'] ?? '')),
      projectId: String(row['project_id']),
      projectTitle: String(row['project_title']),
      dueOn: String(row['due_on']),
      dueAt: row['due_at'] ? new Date(row['due_at'] as string) : null,
      updatedAt: new Date(row['updated_at'] as string),
      funderTimeZone: (row['deadline_time_zone'] as string | null) ?? null,
    };
  });
}
