import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  CurrentUser,
  Deadline,
  DeadlineFilters,
  DeadlinePage,
  DeadlinePageQuery,
  PlannedReminder,
} from '@gp/domain';
import { addDays, DEADLINE_PAGE_SIZE, REMINDER_LOOKBACK_DAYS } from '@gp/domain';
import { DeadlineEntity } from '@gp/api/data';
import {
  containsPattern,
  projectTextMatch,
  findReadableProject,
  scopeToReader,
  whereProjectMatches,
} from '@gp/api/project-access';
import { ReminderRules } from '@gp/api/deadline-sync';
import { cursorAfter, positionOf, type DeadlinePosition } from './deadline-cursor';

type DeadlineSelection = DeadlineFilters & { projectId?: string };

/** How many planned reminders the reminders page shows. */
const PLANNED_SHOWN = 200;

/**
 * The deadlines a person may see, for the calendar, its feed and the planned reminders. Every
 * read goes in keyset order (due day, kind, id) a page at a time, so no list stops at a cap
 * however many years of projects there are.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: ReminderRules,
  ) {}

  /** One page of the calendar's deadlines, with the cursor to the next when there is more. */
  async page(user: CurrentUser, query: DeadlinePageQuery & { projectId?: string }): Promise<DeadlinePage> {
    const limit = query.limit ?? DEADLINE_PAGE_SIZE;
    const after = query.cursor ? positionOf(query.cursor) : null;
    // One more than asked tells whether another page follows without counting them all.
    const rows = await this.fetch(user, query, after, limit + 1);
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? cursorAfter(items[items.length - 1]) : null };
  }

  /** Every matching deadline in batches of `size`, for a caller that writes each batch out as it comes. */
  async *batches(
    user: CurrentUser,
    selection: DeadlineSelection,
    size = DEADLINE_PAGE_SIZE,
  ): AsyncGenerator<Deadline[]> {
    let after: DeadlinePosition | null = null;
    for (;;) {
      const batch = await this.fetch(user, selection, after, size);
      if (batch.length > 0) yield batch;
      if (batch.length < size) return;
      after = batch[batch.length - 1];
    }
  }

  /** Every deadline of one project the person reads, whatever its status; 404 for one they do not. */
  async listOfProject(user: CurrentUser, projectId: string): Promise<Deadline[]> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    const deadlines: Deadline[] = [];
    for await (const batch of this.batches(user, { projectId, status: 'all' })) deadlines.push(...batch);
    return deadlines;
  }

  /** The next reminders of the open deadlines a person sees, soonest first. */
  async planned(user: CurrentUser, projectId?: string, now = new Date()): Promise<PlannedReminder[]> {
    const today = now.toISOString().slice(0, 10);
    const plan = await this.rules.plan();
    let soonest: PlannedReminder[] = [];
    // Only the soonest are kept between batches, so a large portfolio costs time, not memory.
    for await (const batch of this.batches(user, {
      projectId,
      from: addDays(today, -REMINDER_LOOKBACK_DAYS),
      status: 'open',
    })) {
      const firings = batch.flatMap((deadline) =>
        plan
          .firingsOf({ ...deadline, dueAt: deadline.dueAt ? new Date(deadline.dueAt) : null })
          .filter((firing) => firing.at.getTime() > now.getTime())
          .map((firing) => ({
            deadlineId: deadline.id,
            projectId: deadline.projectId,
            projectTitle: deadline.projectTitle,
            kind: deadline.kind,
            title: deadline.title,
            dueOn: deadline.dueOn,
            offsetDays: firing.offsetDays,
            at: firing.at.toISOString(),
          })),
      );
      soonest = [...soonest, ...firings].sort((a, b) => a.at.localeCompare(b.at)).slice(0, PLANNED_SHOWN);
    }
    return soonest;
  }

  private async fetch(
    user: CurrentUser,
    selection: DeadlineSelection,
    after: DeadlinePosition | null,
    limit: number,
  ): Promise<Deadline[]> {
    const query = this.dataSource
      .getRepository(DeadlineEntity)
      .createQueryBuilder('deadline')
      .innerJoinAndSelect('deadline.project', 'project');
    scopeToReader(query, 'project', user);
    if (selection.projectId) query.andWhere('project.id = :projectId', { projectId: selection.projectId });
    if (selection.from) query.andWhere('deadline.due_on >= :from', { from: selection.from });
    if (selection.to) query.andWhere('deadline.due_on <= :to', { to: selection.to });
    if (selection.status !== 'all') query.andWhere("deadline.status = 'open'");
    whereProjectMatches(query, selection);
    // A deadline's own title, or its project as the board finds it (partners, programme, call).
    if (selection.q)
      query.andWhere(`(deadline.title ILIKE :textPattern OR ${projectTextMatch('project')})`, {
        textPattern: containsPattern(selection.q),
      });
    if (after) {
      query.andWhere(
        '(deadline.due_on, deadline.kind, deadline.id) > (CAST(:afterDueOn AS date), :afterKind, CAST(:afterId AS uuid))',
        { afterDueOn: after.dueOn, afterKind: after.kind, afterId: after.id },
      );
    }
    // Each deadline joins one project, so LIMIT counts deadlines (TypeORM's take would add a
    // second query to count distinct roots).
    const rows = await query
      .orderBy('deadline.due_on', 'ASC')
      .addOrderBy('deadline.kind', 'ASC')
      .addOrderBy('deadline.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toDeadline);
  }
}

export function toDeadline(row: DeadlineEntity): Deadline {
  return {
    id: row.id,
    projectId: row.projectId,
    projectTitle: row.project?.title ?? '',
    kind: row.kind,
    sourceId: row.sourceKey || null,
    title: row.title,
    dueAt: row.dueAt?.toISOString() ?? null,
    dueOn: row.dueOn,
    status: row.status,
  };
}
