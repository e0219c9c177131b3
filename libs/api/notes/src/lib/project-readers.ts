import type { Language } from '@gp/domain';
import { PORTFOLIO_READER_ROLES } from '@gp/domain';
import type { EntityManager } from 'typeorm';

/** An active person who may read a project, with what an email to them needs. */
export interface ProjectReader {
  id: string;
  name: string;
  email: string;
  language: Language;
}

/**
 * The active people who may read a project: libs/api/project-access's scopeToReader turned round,
 * from "which projects does this person read" to "who reads this project". A mention reaches only
 * them, and the picker offers only them. The notes integration spec checks the two agree for
 * every demo person.
 */
export async function projectReaders(
  manager: EntityManager,
  projectId: string,
  onlyIds: readonly string[] | null = null,
): Promise<ProjectReader[]> {
  const rows: Array<{ id: string; name: string; email: string; language: Language }> = await manager.query(
    `SELECT u.id, u.name, u.email, u.language
       FROM user_account u JOIN project p ON p.id = $1
      WHERE u.active
        AND ($3::uuid[] IS NULL OR u.id = ANY($3::uuid[]))
        AND (u.roles && $2::text[]
          OR p.project_lead_id = u.id
          OR EXISTS (SELECT 1 FROM user_department ud WHERE ud.user_id = u.id AND ud.department_id = p.department_id)
          OR ('department_head' = ANY(u.roles) AND EXISTS (
                SELECT 1 FROM co_funding_request asked
                  JOIN user_department ud ON ud.department_id = asked.department_id AND ud.user_id = u.id
                 WHERE asked.project_id = p.id AND asked.status <> 'withdrawn')))
      ORDER BY u.name, u.id`,
    [projectId, [...PORTFOLIO_READER_ROLES], onlyIds],
  );
  return rows;
}
