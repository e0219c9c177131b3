import type { ActivityKind } from '@gp/domain';
import { ProjectActivityEntity } from '@gp/api/data';
import type { EntityManager } from 'typeorm';

/** Adds a line to a project's activity log, in the transaction of the change it records. */
export async function recordActivity(
  manager: EntityManager,
  entry: { projectId: string; kind: ActivityKind; subject: string; actorId: string; comment?: string | null },
): Promise<void> {
  await manager.insert(ProjectActivityEntity, {
    projectId: entry.projectId,
    kind: entry.kind,
    subject: entry.subject.slice(0, 300),
    comment: entry.comment ?? null,
    actorId: entry.actorId,
  });
}
