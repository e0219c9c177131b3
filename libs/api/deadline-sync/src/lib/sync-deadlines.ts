import { wantedDeadlines, type DeadlineFacts, type DeadlineKind, type DeadlineStatus } from '@gp/domain';
import type { EntityManager } from 'typeorm';
import {
  ChecklistItemEntity,
  CoFundingRequestEntity,
  DeadlineEntity,
  dueRuleOf,
  ProjectEntity,
} from '@gp/api/data';
import { planCoFundingRequests, type PlanningContext } from './co-funding-plans';

/** A deadline that is new, moved, done or cancelled: an open one's coming reminders get their jobs. */
export interface ChangedDeadline {
  id: string;
  kind: DeadlineKind;
  dueOn: string;
  dueAt: Date | null;
  status: DeadlineStatus;
}

/**
 * Brings a project's deadline rows in line with its call, checklist, co-funding and report dates.
 * Call it in the transaction that changed any of them, so a saved date and its deadline never
 * disagree. Rows no longer wanted are cancelled, not deleted: the notification log points at them.
 * @returns the deadlines whose reminders must be rescheduled or removed
 */
export async function syncProjectDeadlines(
  manager: EntityManager,
  projectId: string,
  context: PlanningContext,
): Promise<ChangedDeadline[]> {
  // One sync of a project at a time: two checklist items added at once would otherwise each read
  // the other's committed item but not its deadline, and insert it twice (a 500 on the unique key).
  await manager.query('SELECT 1 FROM project WHERE id = $1 FOR NO KEY UPDATE', [projectId]);
  const project = await manager.findOne(ProjectEntity, {
    where: { id: projectId },
    relations: { call: true },
  });
  const wanted = project
    ? wantedDeadlines(await deadlineFacts(manager, project, context), context.timeZone).map((want) => ({
        ...want,
        dueAt: want.dueAt === null ? null : new Date(want.dueAt),
      }))
    : [];
  const existing = await manager.find(DeadlineEntity, { where: { projectId } });
  const byKey = new Map(existing.map((row) => [`${row.kind}|${row.sourceKey}`, row]));
  const changed: ChangedDeadline[] = [];

  for (const want of wanted) {
    const row = byKey.get(`${want.kind}|${want.sourceKey}`);
    byKey.delete(`${want.kind}|${want.sourceKey}`);
    if (!row) {
      const saved = await manager.save(
        DeadlineEntity,
        manager.create(DeadlineEntity, { projectId, ...want }),
      );
      changed.push({
        id: saved.id,
        kind: saved.kind,
        dueOn: saved.dueOn,
        dueAt: saved.dueAt,
        status: saved.status,
      });
      continue;
    }
    const moved = row.dueOn !== want.dueOn || row.dueAt?.getTime() !== want.dueAt?.getTime();
    if (moved || row.status !== want.status || row.title !== want.title) {
      await manager.update(DeadlineEntity, { id: row.id }, want);
      if (moved || row.status !== want.status)
        changed.push({
          id: row.id,
          kind: row.kind,
          dueOn: want.dueOn,
          dueAt: want.dueAt,
          status: want.status,
        });
    }
  }
  for (const row of byKey.values()) {
    if (row.status === 'open') {
      await manager.update(DeadlineEntity, { id: row.id }, { status: 'cancelled' });
      changed.push({
        id: row.id,
        kind: row.kind,
        dueOn: row.dueOn,
        dueAt: row.dueAt,
        status: 'cancelled',
      });
    }
  }
  return changed;
}

/** The project's dates, checklist and co-funding as libs/domain's wantedDeadlines reads them. */
async function deadlineFacts(
  manager: EntityManager,
  project: ProjectEntity,
  context: PlanningContext,
): Promise<DeadlineFacts> {
  // Only an application has checklist and co-funding deadlines: other stages need not read them.
  const applying = project.stage === 'application';
  const items = applying ? await manager.find(ChecklistItemEntity, { where: { projectId: project.id } }) : [];
  const requests =
    applying && project.call
      ? await manager.find(CoFundingRequestEntity, {
          where: { projectId: project.id },
          relations: { department: true },
        })
      : [];
  const plans = await planCoFundingRequests(manager, requests, context);
  return {
    stage: project.stage,
    title: project.title,
    plannedEnd: project.plannedEnd,
    interimReportOn: project.interimReportOn,
    finalReportOn: project.finalReportOn,
    call: project.call ? { title: project.call.title, deadline: project.call.deadline.toISOString() } : null,
    checklist: items.map((item) => ({
      id: item.id,
      title: item.title,
      due: dueRuleOf(item),
      done: item.doneAt !== null,
    })),
    coFunding: requests.map((request) => ({
      id: request.id,
      status: request.status,
      departmentName: request.department?.name ?? '',
      decisionNeededBy: plans.get(request.id)?.plan.decisionNeededBy ?? null,
      bodyName: plans.get(request.id)?.plan.bodyName ?? null,
      meeting: plans.get(request.id)?.plan.meeting ?? null,
    })),
  };
}
