import { coFundingFacts, type ProjectFacts } from '@gp/domain';
import { ChecklistItemEntity, CoFundingRequestEntity } from '@gp/api/data';
import type { EntityManager } from 'typeorm';

/** The checklist and co-funding facts libs/domain's stage rules judge a submission by. */
export async function applicationFacts(
  manager: EntityManager,
  projectId: string,
): Promise<Pick<ProjectFacts, 'checklist' | 'coFunding'>> {
  const [counts] = await manager
    .createQueryBuilder(ChecklistItemEntity, 'item')
    .select('COUNT(*) FILTER (WHERE item.required)', 'required')
    .addSelect('COUNT(*) FILTER (WHERE item.required AND item.done_at IS NOT NULL)', 'requiredDone')
    .where('item.project_id = :projectId', { projectId })
    .getRawMany<{ required: string; requiredDone: string }>();
  const requests = await manager.find(CoFundingRequestEntity, {
    where: { projectId },
    select: { id: true, status: true },
  });
  return {
    checklist: { required: Number(counts?.required ?? 0), requiredDone: Number(counts?.requiredDone ?? 0) },
    coFunding: coFundingFacts(requests),
  };
}
