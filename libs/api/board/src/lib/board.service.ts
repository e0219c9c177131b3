import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import {
  STAGES,
  type Board,
  type BoardCard,
  type BoardFilters,
  type CurrentUser,
  type Stage,
} from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { CallEntity, ChecklistItemEntity, CoFundingRequestEntity, ProjectEntity } from '@gp/api/data';
import { scopeToReader, containsPattern, whereProjectMatches } from '@gp/api/project-access';

/** How many closed projects the board lists; the column links to all of them. */
export const RECENT_CLOSED = 20;

interface CardRow {
  id: string;
  title: string;
  stage: Stage;
  outcome: BoardCard['outcome'];
  version: number;
  department_id: string;
  department_name: string;
  programme_id: string | null;
  programme_name: string | null;
  call_id: string | null;
  call_deadline: Date | null;
  project_lead_id: string | null;
  project_lead_name: string | null;
  planned_start: string | null;
  planned_end: string | null;
  currency: BoardCard['currency'];
  requested_minor: string | null;
  granted_minor: string | null;
  checklist_total: string | null;
  checklist_done: string | null;
  checklist_required: string | null;
  checklist_required_done: string | null;
  checklist_overdue: string | null;
  co_funding_asked: string | null;
  co_funding_approved: string | null;
  updated_at: Date;
}

/**
 * The board in three queries whatever the number of cards: the open cards, the recent closed
 * ones, and the counts and sums of every column.
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async board(user: CurrentUser, filters: BoardFilters): Promise<Board> {
    const open = await this.cards(user, filters)
      .andWhere("project.stage <> 'closed'")
      .orderBy('project.updated_at', 'DESC')
      .getRawMany<CardRow>();
    const closedQuery = this.cards(user, filters)
      .andWhere("project.stage = 'closed'")
      .orderBy('project.updated_at', 'DESC');
    if (filters.closed !== 'all') closedQuery.limit(RECENT_CLOSED);
    const closed = await closedQuery.getRawMany<CardRow>();
    const totals = await this.filtered(user, filters)
      .select('project.stage', 'stage')
      .addSelect('project.budget_currency', 'currency')
      .addSelect('COUNT(*)', 'count')
      .addSelect(
        "SUM(CASE WHEN project.stage IN ('running', 'closed') OR project.granted_minor IS NOT NULL THEN COALESCE(project.granted_minor, 0) ELSE COALESCE(project.requested_grant_minor, 0) END)",
        'sum',
      )
      .groupBy('project.stage')
      .addGroupBy('project.budget_currency')
      .getRawMany<{ stage: Stage; currency: BoardCard['currency']; count: string; sum: string }>();

    const cards = [...open, ...closed].map(toCard);
    return {
      columns: STAGES.map((stage) => {
        const rows = totals.filter((t) => t.stage === stage);
        return {
          stage,
          count: rows.reduce((n, r) => n + Number(r.count), 0),
          sums: Object.fromEntries(
            rows.filter((r) => Number(r.sum) > 0).map((r) => [r.currency, Number(r.sum)]),
          ),
          cards: cards.filter((c) => c.stage === stage),
        };
      }),
    };
  }

  private cards(user: CurrentUser, filters: BoardFilters): SelectQueryBuilder<ProjectEntity> {
    return (
      this.filtered(user, filters)
        .leftJoin('project.department', 'department')
        .leftJoin('project.programme', 'programme')
        .leftJoin('project.call', 'call')
        .leftJoin('project.projectLead', 'lead')
        // Checklist progress per project in the same query, for speed: the SQL restates libs/domain's
        // checklistProgress and isOverdue (due days follow the call deadline), and
        // apps/api/test/rules-once.integration-spec.ts proves both agree on the same items.
        .leftJoin(
          (sub) =>
            sub
              .select('item.project_id', 'project_id')
              .addSelect('COUNT(*)', 'total')
              .addSelect('COUNT(item.done_at)', 'done')
              .addSelect('COUNT(*) FILTER (WHERE item.required)', 'required')
              .addSelect(
                'COUNT(*) FILTER (WHERE item.required AND item.done_at IS NOT NULL)',
                'required_done',
              )
              .addSelect(
                `COUNT(*) FILTER (WHERE item.done_at IS NULL AND COALESCE(item.due_on, (item_call.deadline_at AT TIME ZONE :zone)::date - item.due_days_before) < (now() AT TIME ZONE :zone)::date)`,
                'overdue',
              )
              .from(ChecklistItemEntity, 'item')
              .innerJoin(ProjectEntity, 'item_project', 'item_project.id = item.project_id')
              .leftJoin(CallEntity, 'item_call', 'item_call.id = item_project.call_id')
              .groupBy('item.project_id'),
          'checklist',
          'checklist.project_id = project.id',
        )
        .leftJoin(
          (sub) =>
            sub
              .select('request.project_id', 'project_id')
              .addSelect('COUNT(*)', 'asked')
              .addSelect("COUNT(*) FILTER (WHERE request.status = 'approved')", 'approved')
              .from(CoFundingRequestEntity, 'request')
              .where("request.status <> 'withdrawn'")
              .groupBy('request.project_id'),
          'co_funding',
          'co_funding.project_id = project.id',
        )
        .setParameter('zone', this.config.timeZone)
        .select([
          'project.id AS id',
          'project.title AS title',
          'project.stage AS stage',
          'project.outcome AS outcome',
          'project.version AS version',
          'project.department_id AS department_id',
          'department.name AS department_name',
          'project.programme_id AS programme_id',
          'programme.name AS programme_name',
          'project.call_id AS call_id',
          'call.deadline_at AS call_deadline',
          'project.project_lead_id AS project_lead_id',
          'lead.name AS project_lead_name',
          // As text: pg would turn a date into a Date at local midnight, a day off in some zones.
          "to_char(project.planned_start, 'YYYY-MM-DD') AS planned_start",
          "to_char(project.planned_end, 'YYYY-MM-DD') AS planned_end",
          'project.budget_currency AS currency',
          'project.requested_grant_minor AS requested_minor',
          'project.granted_minor AS granted_minor',
          'checklist.total AS checklist_total',
          'checklist.done AS checklist_done',
          'checklist.required AS checklist_required',
          'checklist.required_done AS checklist_required_done',
          'checklist.overdue AS checklist_overdue',
          'co_funding.asked AS co_funding_asked',
          'co_funding.approved AS co_funding_approved',
          'project.updated_at AS updated_at',
        ])
    );
  }

  private filtered(user: CurrentUser, filters: BoardFilters): SelectQueryBuilder<ProjectEntity> {
    const query = whereProjectMatches(
      this.dataSource.getRepository(ProjectEntity).createQueryBuilder('project').where('1 = 1'),
      filters,
    );
    if (filters.year) {
      const from = `${filters.year}-01-01`;
      const to = `${filters.year}-12-31`;
      query.andWhere(
        new Brackets((w) =>
          w
            .where(
              'project.planned_start <= :to AND COALESCE(project.planned_end, project.planned_start) >= :from',
              { from, to },
            )
            .orWhere('project.planned_start IS NULL AND EXTRACT(YEAR FROM project.created_at) = :year', {
              year: filters.year,
            }),
        ),
      );
    }
    if (filters.q)
      query.andWhere('(project.title ILIKE :q OR project.purpose ILIKE :q)', {
        q: containsPattern(filters.q),
      });
    return scopeToReader(query, 'project', user);
  }
}

function toCard(row: CardRow): BoardCard {
  return {
    id: row.id,
    title: row.title,
    stage: row.stage,
    outcome: row.outcome,
    version: row.version,
    departmentId: row.department_id,
    departmentName: row.department_name,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    callId: row.call_id,
    callDeadline: row.call_deadline ? new Date(row.call_deadline).toISOString() : null,
    projectLeadId: row.project_lead_id,
    projectLeadName: row.project_lead_name,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    currency: row.currency,
    requestedMinor: row.requested_minor === null ? null : Number(row.requested_minor),
    grantedMinor: row.granted_minor === null ? null : Number(row.granted_minor),
    checklist:
      row.checklist_total === null
        ? null
        : {
            total: Number(row.checklist_total),
            done: Number(row.checklist_done),
            required: Number(row.checklist_required),
            requiredDone: Number(row.checklist_required_done),
            overdue: Number(row.checklist_overdue),
          },
    // The same facts as libs/domain's coFundingFacts, counted in SQL.
    coFunding:
      row.co_funding_asked === null
        ? null
        : { asked: true, approved: Number(row.co_funding_approved) === Number(row.co_funding_asked) },
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
