import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  STAGES,
  type CurrentUser,
  type ProjectTableColumn,
  type ProjectTableQuery,
  type ProjectTableRow,
  type SortDirection,
} from '@gp/domain';
import { ProjectEntity } from '@gp/api/data';
import { scopeToReader, whereProjectMatches, whereRunsInYear, whereTextMatches } from '@gp/api/project-access';

/** A row as PostgreSQL returns it: bigints as text, days and instants already as ISO text. */
export interface RawTableRow {
  id: string;
  title: string;
  stage: ProjectTableRow['stage'];
  outcome: ProjectTableRow['outcome'];
  programme_name: string | null;
  call_title: string | null;
  call_deadline: string | null;
  department_name: string;
  project_lead_name: string | null;
  coordinator_name: string | null;
  planned_start: string | null;
  planned_end: string | null;
  currency: ProjectTableRow['currency'];
  total_minor: string | null;
  requested_grant_minor: string | null;
  own_cash_minor: string | null;
  own_in_kind_minor: string | null;
  granted_minor: string | null;
  municipality_role: ProjectTableRow['municipalityRole'];
  partners: string[];
  sdgs: number[];
  internationalisation_form: ProjectTableRow['internationalisationForm'];
  decision_date: string | null;
  updated_at: string;
}

/** What each sortable column sorts by: the stage in the pipeline's order, names by their text. */
const SORT_EXPRESSIONS: Readonly<Partial<Record<ProjectTableColumn, string>>> = {
  title: 'project.title',
  stage: `array_position(ARRAY[${STAGES.map((s) => `'${s}'`).join(', ')}]::varchar[], project.stage)`,
  outcome: 'project.outcome',
  programme: 'programme.name',
  call: 'call.title',
  callDeadline: 'call.deadline_at',
  department: 'department.name',
  projectLead: 'lead.name',
  coordinator: 'coordinator.name',
  plannedStart: 'project.planned_start',
  plannedEnd: 'project.planned_end',
  currency: 'project.budget_currency',
  total: 'project.budget_total_minor',
  requestedGrant: 'project.requested_grant_minor',
  ownCash: 'project.own_cash_minor',
  ownInKind: 'project.own_in_kind_minor',
  granted: 'project.granted_minor',
  municipalityRole: 'project.municipality_role',
  internationalisationForm: 'project.internationalisation_form',
  decisionDate: 'project.decision_date',
  updatedAt: 'project.updated_at',
};

/** Most recently changed first, as the board's columns, when no sort is asked for. */
export const DEFAULT_SORT: { sort: ProjectTableColumn; direction: SortDirection } = {
  sort: 'updatedAt',
  direction: 'desc',
};

const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The table's SQL: the board's filters and reader scope (the same helpers, so the table counts
 * what the board counts), its own stage and outcome, and one row per project with the names the
 * columns show. Ordered by the sort asked for, empty values last, ties by id, so an offset page
 * and an export's batches see one total order.
 */
export class ProjectTableRows {
  constructor(private readonly dataSource: DataSource) {}

  /** The projects the reader may read that the filters keep, as `project`. */
  filtered(user: CurrentUser, filters: ProjectTableQuery, manager?: EntityManager): SelectQueryBuilder<ProjectEntity> {
    const query = (manager ?? this.dataSource.manager)
      .getRepository(ProjectEntity)
      .createQueryBuilder('project')
      .where('1 = 1');
    whereProjectMatches(query, filters);
    whereRunsInYear(query, 'project', filters.year);
    if (filters.stage?.length) query.andWhere('project.stage IN (:...tableStages)', { tableStages: filters.stage });
    if (filters.outcome?.length)
      query.andWhere('project.outcome IN (:...tableOutcomes)', { tableOutcomes: filters.outcome });
    whereTextMatches(query, 'project', filters.q);
    return scopeToReader(query, 'project', user);
  }

  /** The filtered projects' rows, in the table's order (no page: the caller adds one). */
  rows(user: CurrentUser, query: ProjectTableQuery, manager?: EntityManager): SelectQueryBuilder<ProjectEntity> {
    const sort = query.sort ?? DEFAULT_SORT.sort;
    const direction = (query.direction ?? (query.sort ? 'asc' : DEFAULT_SORT.direction)).toUpperCase() as
      | 'ASC'
      | 'DESC';
    const expression = SORT_EXPRESSIONS[sort] ?? 'project.updated_at';
    return this.filtered(user, query, manager)
      .leftJoin('project.department', 'department')
      .leftJoin('project.programme', 'programme')
      .leftJoin('project.call', 'call')
      .leftJoin('project.projectLead', 'lead')
      .leftJoin('project.coordinator', 'coordinator')
      .select([
        'project.id AS id',
        'project.title AS title',
        'project.stage AS stage',
        'project.outcome AS outcome',
        'programme.name AS programme_name',
        'call.title AS call_title',
        `to_char(call.deadline_at AT TIME ZONE 'UTC', ${ISO_INSTANT}) AS call_deadline`,
        'department.name AS department_name',
        'lead.name AS project_lead_name',
        'coordinator.name AS coordinator_name',
        // As text: pg would make a date a Date at local midnight, a day off in some zones.
        "to_char(project.planned_start, 'YYYY-MM-DD') AS planned_start",
        "to_char(project.planned_end, 'YYYY-MM-DD') AS planned_end",
        'project.budget_currency AS currency',
        'project.budget_total_minor AS total_minor',
        'project.requested_grant_minor AS requested_grant_minor',
        'project.own_cash_minor AS own_cash_minor',
        'project.own_in_kind_minor AS own_in_kind_minor',
        'project.granted_minor AS granted_minor',
        'project.municipality_role AS municipality_role',
        `ARRAY(SELECT (row_partner->>'organisation') || ' (' || (row_partner->>'country') || ')'
           FROM jsonb_array_elements(project.partners) AS row_partner) AS partners`,
        'project.sdgs AS sdgs',
        'project.internationalisation_form AS internationalisation_form',
        "to_char(project.decision_date, 'YYYY-MM-DD') AS decision_date",
        `to_char(project.updated_at AT TIME ZONE 'UTC', ${ISO_INSTANT}) AS updated_at`,
      ])
      .orderBy(expression, direction, 'NULLS LAST')
      .addOrderBy('project.id', 'ASC');
  }
}

/** A row as the contract gives it. */
export function toTableRow(raw: RawTableRow): ProjectTableRow {
  const minor = (value: string | null) => (value === null ? null : Number(value));
  return {
    id: raw.id,
    title: raw.title,
    stage: raw.stage,
    outcome: raw.outcome,
    programmeName: raw.programme_name,
    callTitle: raw.call_title,
    callDeadline: raw.call_deadline,
    departmentName: raw.department_name,
    projectLeadName: raw.project_lead_name,
    coordinatorName: raw.coordinator_name,
    plannedStart: raw.planned_start,
    plannedEnd: raw.planned_end,
    currency: raw.currency,
    totalMinor: minor(raw.total_minor),
    requestedGrantMinor: minor(raw.requested_grant_minor),
    ownCashMinor: minor(raw.own_cash_minor),
    ownInKindMinor: minor(raw.own_in_kind_minor),
    grantedMinor: minor(raw.granted_minor),
    municipalityRole: raw.municipality_role,
    partners: raw.partners ?? [],
    sdgs: raw.sdgs ?? [],
    internationalisationForm: raw.internationalisation_form,
    decisionDate: raw.decision_date,
    updatedAt: raw.updated_at,
  };
}
