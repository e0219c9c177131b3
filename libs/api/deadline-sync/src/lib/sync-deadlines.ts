import { checklistDueOn, zonedDay, type DeadlineKind, type DeadlineStatus } from '@gp/domain';
import type { EntityManager } from 'typeorm';
import {
  ChecklistItemEntity,
  CoFundingRequestEntity,
  DeadlineEntity,
  dueRuleOf,
  ProjectEntity,
} from '@gp/api/data';

/** A deadline as the project's records say it should be now. */
interface WantedDeadline {
  kind: DeadlineKind;
  sourceKey: string;
  title: string;
  dueAt: Date | null;
  dueOn: string;
  status: DeadlineStatus;
}

/** A deadline whose reminders must change: scheduled anew for an open one, removed otherwise. */
export interface ChangedDeadline {
  id: string;
  kind: DeadlineKind;
  dueOn: string;
  dueAt: Date | null;
  status: DeadlineStatus;
  /** The due day its reminders were scheduled for before, if it moved. */
  previousDueOn: string | null;
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
  timeZone: string,
): Promise<ChangedDeadline[]> {
  const project = await manager.findOne(ProjectEntity, {
    where: { id: projectId },
    relations: { call: true },
  });
  const wanted = project ? await wantedDeadlines(manager, project, timeZone) : [];
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
        previousDueOn: null,
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
          previousDueOn: moved ? row.dueOn : null,
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
        previousDueOn: null,
      });
    }
  }
  return changed;
}

async function wantedDeadlines(
  manager: EntityManager,
  project: ProjectEntity,
  timeZone: string,
): Promise<WantedDeadline[]> {
  const wanted: WantedDeadline[] = [];
  const applying = project.stage === 'application';
  const callDeadline = project.call?.deadline ?? null;

  if (callDeadline && (applying || project.stage === 'decision')) {
    wanted.push({
      kind: 'call',
      sourceKey: '',
      title: project.call?.title ?? '',
      dueAt: callDeadline,
      dueOn: zonedDay(callDeadline, timeZone),
      // Submitted: the call deadline was met.
      status: applying ? 'open' : 'done',
    });
  }
  if (applying) {
    const items = await manager.find(ChecklistItemEntity, { where: { projectId: project.id } });
    for (const item of items) {
      const dueOn = checklistDueOn(dueRuleOf(item), callDeadline?.toISOString() ?? null, timeZone);
      if (!dueOn) continue;
      wanted.push({
        kind: 'checklist_item',
        sourceKey: item.id,
        title: item.title,
        dueAt: null,
        dueOn,
        status: item.doneAt ? 'done' : 'open',
      });
    }
    // The application needs each department's decision by the call deadline.
    if (callDeadline) {
      const requests = await manager.find(CoFundingRequestEntity, {
        where: { projectId: project.id },
        relations: { department: true },
      });
      for (const request of requests) {
        if (request.status === 'withdrawn') continue;
        wanted.push({
          kind: 'co_funding',
          sourceKey: request.id,
          title: request.department?.name ?? '',
          dueAt: null,
          dueOn: zonedDay(callDeadline, timeZone),
          status: request.status === 'pending' ? 'open' : 'done',
        });
      }
    }
  }
  if (project.stage === 'running') {
    const dates: Array<[DeadlineKind, string | null]> = [
      ['interim_report', project.interimReportOn],
      ['final_report', project.finalReportOn],
      ['project_end', project.plannedEnd],
    ];
    for (const [kind, dueOn] of dates) {
      if (dueOn)
        wanted.push({ kind, sourceKey: '', title: project.title, dueAt: null, dueOn, status: 'open' });
    }
  }
  return wanted;
}
