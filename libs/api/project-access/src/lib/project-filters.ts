import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The filters the board and the calendar share; each names the projects to keep. */
export interface ProjectFilters {
  programmeId?: string;
  departmentId?: string;
  projectLeadId?: string;
  q?: string;
}

/** Keeps the projects (joined as `project`) of the programme, department and lead asked for. */
export function whereProjectMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  filters: ProjectFilters,
): SelectQueryBuilder<T> {
  if (filters.programmeId)
    query.andWhere('project.programme_id = :programmeId', { programmeId: filters.programmeId });
  if (filters.departmentId)
    query.andWhere('project.department_id = :departmentId', { departmentId: filters.departmentId });
  if (filters.projectLeadId)
    query.andWhere('project.project_lead_id = :projectLeadId', { projectLeadId: filters.projectLeadId });
  return query;
}

/** Free text as an ILIKE pattern that finds it anywhere, its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}
