import {
  outcomeName,
  projectTableExportWords,
  projectTableHeader,
  stageName,
  type Language,
  type ProjectTableColumn,
  type ProjectTableExportQuery,
  type SortDirection,
} from '@gp/domain';
import type { EntityManager } from 'typeorm';

/** The names behind a filter's ids, read for the export's filter line. */
async function namesOf(
  manager: EntityManager,
  query: ProjectTableExportQuery,
): Promise<{ programme?: string; department?: string; projectLead?: string }> {
  const none = '00000000-0000-0000-0000-000000000000';
  const [row] = await manager.query(
    `SELECT (SELECT name FROM programme WHERE id = $1) AS programme,
            (SELECT name FROM department WHERE id = $2) AS department,
            (SELECT name FROM user_account WHERE id = $3) AS project_lead`,
    [query.programmeId ?? none, query.departmentId ?? none, query.projectLeadId ?? none],
  );
  return { programme: row?.programme ?? undefined, department: row?.department ?? undefined, projectLead: row?.project_lead ?? undefined };
}

/**
 * The lines above the export's table: what it is, the filter applied (by the names people know,
 * not ids), its order, and who exported it when and how many projects it holds. A list handed on
 * to a committee says what it leaves out.
 */
export async function exportTitleLines(
  manager: EntityManager,
  query: ProjectTableExportQuery,
  context: {
    language: Language;
    who: string;
    when: string;
    count: number;
    sort: { sort: ProjectTableColumn; direction: SortDirection };
  },
): Promise<string[]> {
  const words = projectTableExportWords(context.language);
  const names = await namesOf(manager, query);
  const parts: string[] = [];
  // An id that names nothing (or nothing the reader may know of) still narrowed the list: say so.
  if (query.programmeId) parts.push(`${words.filters.programme}: ${names.programme ?? query.programmeId}`);
  if (query.departmentId) parts.push(`${words.filters.department}: ${names.department ?? query.departmentId}`);
  if (query.projectLeadId) parts.push(`${words.filters.projectLead}: ${names.projectLead ?? query.projectLeadId}`);
  if (query.year) parts.push(`${words.filters.year}: ${query.year}`);
  if (query.stage?.length)
    parts.push(`${words.filters.stage}: ${query.stage.map((s) => stageName(s, context.language)).join(', ')}`);
  if (query.outcome?.length)
    parts.push(`${words.filters.outcome}: ${query.outcome.map((o) => outcomeName(o, context.language)).join(', ')}`);
  if (query.q) parts.push(`${words.filters.q}: ”${query.q}”`);
  const sortHeader = projectTableHeader(context.sort.sort, context.language);
  return [
    words.title,
    parts.length > 0 ? `${words.filter}: ${parts.join(' · ')}` : words.noFilter,
    `${words.sortedBy}: ${sortHeader}, ${context.sort.direction === 'asc' ? words.ascending : words.descending}`,
    `${words.exported(context.who, context.when)} · ${words.rows(context.count)}`,
  ];
}
