import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import type { CurrentUser, Deadline, DeadlineFilters, PlannedReminder } from '@gp/domain';
import { addDays, REMINDER_LOOKBACK_DAYS } from '@gp/domain';
import { DeadlineEntity } from '@gp/api/data';
import {
  containsPattern,
  findReadableProject,
  scopeToReader,
  whereProjectMatches,
} from '@gp/api/project-access';
import { ReminderRules } from '@gp/api/deadline-sync';

/** The deadlines a person may see, for the calendar, its feed and the planned reminders. */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: ReminderRules,
  ) {}

  async list(user: CurrentUser, filters: DeadlineFilters & { projectId?: string }): Promise<Deadline[]> {
    const query = this.dataSource
      .getRepository(DeadlineEntity)
      .createQueryBuilder('deadline')
      .innerJoinAndSelect('deadline.project', 'project');
    scopeToReader(query, 'project', user);
    if (filters.projectId) query.andWhere('project.id = :projectId', { projectId: filters.projectId });
    if (filters.from) query.andWhere('deadline.due_on >= :from', { from: filters.from });
    if (filters.to) query.andWhere('deadline.due_on <= :to', { to: filters.to });
    if (filters.status !== 'all') query.andWhere("deadline.status = 'open'");
    whereProjectMatches(query, filters);
    if (filters.q) {
      const q = containsPattern(filters.q);
      query.andWhere(
        new Brackets((w) =>
          w.where('project.title ILIKE :q', { q }).orWhere('deadline.title ILIKE :q', { q }),
        ),
      );
    }
    const rows = await query
      .orderBy('deadline.due_on', 'ASC')
      .addOrderBy('deadline.kind', 'ASC')
      .take(5000)
      .getMany();
    return rows.map(toDeadline);
  }

  /** Every deadline of one project the person reads, whatever its status; 404 for one they do not. */
  async listOfProject(user: CurrentUser, projectId: string): Promise<Deadline[]> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    return this.list(user, { projectId, status: 'all' });
  }

  /** The next reminders of the open deadlines a person sees, soonest first. */
  async planned(user: CurrentUser, projectId?: string, now = new Date()): Promise<PlannedReminder[]> {
    const today = now.toISOString().slice(0, 10);
    const deadlines = await this.list(user, {
      projectId,
      from: addDays(today, -REMINDER_LOOKBACK_DAYS),
      status: 'open',
    });
    const plan = await this.rules.plan();
    return deadlines
      .flatMap((deadline) =>
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
      )
      .sort((a, b) => a.at.localeCompare(b.at))
      .slice(0, 200);
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
