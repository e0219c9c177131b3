import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  BOARD_PAGE_SIZE,
  STAGES,
  decodeBoardCursor,
  encodeBoardCursor,
  type Board,
  type BoardCard,
  type BoardColumnPage,
  type BoardFilters,
  type BoardPageQuery,
  type CurrentUser,
  type Stage,
} from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { ProjectEntity } from '@gp/api/data';
import { scopeToReader, whereProjectMatches, whereRunsInYear, whereTextMatches } from '@gp/api/project-access';
import { QueryShapes } from './query-shapes';

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
  /** ISO 8601 to the millisecond, as Date.toISOString writes it. */
  call_deadline: string | null;
  project_lead_id: string | null;
  project_lead_name: string | null;
  planned_start: string | null;
  planned_end: string | null;
  currency: BoardCard['currency'];
  requested_minor: string | null;
  granted_minor: string | null;
  /** Null when the project has no checklist items. */
  checklist: BoardCard['checklist'];
  /** Null when no co-funding was asked for (withdrawn requests aside). */
  co_funding: BoardCard['coFunding'];
  /** updated_at to the microsecond (ISO 8601), for the cursor: a Date would drop the last three digits. */
  updated_key: string;
}

interface TotalsRow {
  stage: Stage;
  currency: BoardCard['currency'];
  count: string;
  sum: string;
}

/** The rows a page shows and whether more follow; a page reads one row more than it returns to know. */
interface PagedRows {
  rows: CardRow[];
  next: string | null;
}

/**
 * The board a page per column: the first cards of every column with each column's count and sums
 * over all matching cards, then "show more" one column at a time after a cursor. Checklist and
 * co-funding facts are counted only for the cards returned.
 */
@Injectable()
export class BoardService {
  private readonly shapes: QueryShapes;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.shapes = new QueryShapes(dataSource);
  }

  async board(user: CurrentUser, filters: BoardFilters & { limit?: number }): Promise<Board> {
    const limit = filters.limit ?? BOARD_PAGE_SIZE;
    const where = this.filtered(user, filters);
    const [rows, totals] = await Promise.all([
      this.shapes.rawMany<CardRow>(
        'board cards',
        where,
        { ...where.getParameters(), ...this.cardParameters(), take: limit + 1 },
        () => this.firstPages(this.filtered(user, filters)),
      ),
      this.shapes.rawMany<TotalsRow>('board totals', where, where.getParameters(), () =>
        this.totals(this.filtered(user, filters)),
      ),
    ]);
    const pages = new Map(
      STAGES.map((stage) => [
        stage,
        paged(
          rows.filter((r) => r.stage === stage),
          limit,
        ),
      ]),
    );
    return {
      columns: STAGES.map((stage) => {
        const sums = totals.filter((t) => t.stage === stage);
        return {
          stage,
          count: sums.reduce((n, r) => n + Number(r.count), 0),
          sums: Object.fromEntries(
            sums.filter((r) => Number(r.sum) > 0).map((r) => [r.currency, Number(r.sum)]),
          ),
          cards: (pages.get(stage)?.rows ?? []).map(toCard),
          next: pages.get(stage)?.next ?? null,
        };
      }),
    };
  }

  /** The cards of one column after the cursor, in the column's order. The DTO made sure the cursor reads. */
  async page(user: CurrentUser, query: BoardPageQuery): Promise<BoardColumnPage> {
    const limit = query.limit ?? BOARD_PAGE_SIZE;
    const after = decodeBoardCursor(query.cursor);
    if (!after) throw new Error('The cursor was validated before it got here');
    const where = this.afterCursor(this.filtered(user, query), query.stage, after);
    const rows = await this.shapes.rawMany<CardRow>(
      // TypeORM writes the LIMIT into the text.
      `board page ${limit + 1}`,
      where,
      { ...where.getParameters(), ...this.cardParameters() },
      () => this.pageRows(this.afterCursor(this.filtered(user, query), query.stage, after), limit + 1),
    );
    const page = paged(rows, limit);
    return { stage: query.stage, cards: page.rows.map(toCard), next: page.next };
  }

  /** Every column's first `:take` cards in one pass: numbered per stage in the column's order. */
  private firstPages(filtered: SelectQueryBuilder<ProjectEntity>): SelectQueryBuilder<ProjectEntity> {
    const ranked = filtered
      .select('project.id', 'ranked_id')
      .addSelect(
        'ROW_NUMBER() OVER (PARTITION BY project.stage ORDER BY project.updated_at DESC, project.id DESC)',
        'ranked_n',
      );
    return this.cardRows()
      .innerJoin(`(${ranked.getQuery()})`, 'ranked', 'ranked.ranked_id = project.id')
      .where('ranked.ranked_n <= :take')
      .orderBy('project.updated_at', 'DESC')
      .addOrderBy('project.id', 'DESC');
  }

  /** Count and sums per column (and currency) over every matching card. */
  private totals(filtered: SelectQueryBuilder<ProjectEntity>): SelectQueryBuilder<ProjectEntity> {
    return filtered
      .select('project.stage', 'stage')
      .addSelect('project.budget_currency', 'currency')
      .addSelect('COUNT(*)', 'count')
      .addSelect(
        "SUM(CASE WHEN project.stage IN ('running', 'closed') OR project.granted_minor IS NOT NULL THEN COALESCE(project.granted_minor, 0) ELSE COALESCE(project.requested_grant_minor, 0) END)",
        'sum',
      )
      .groupBy('project.stage')
      .addGroupBy('project.budget_currency');
  }

  private afterCursor(
    filtered: SelectQueryBuilder<ProjectEntity>,
    stage: Stage,
    after: { updatedAt: string; id: string },
  ): SelectQueryBuilder<ProjectEntity> {
    return (
      filtered
        .andWhere('project.stage = :pageStage', { pageStage: stage })
        // The keyset: strictly after the last card shown, so nothing repeats and nothing is skipped.
        .andWhere(
          '(project.updated_at, project.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))',
          { afterAt: after.updatedAt, afterId: after.id },
        )
    );
  }

  /** The first `take` cards of one column that `where` keeps. */
  private pageRows(
    where: SelectQueryBuilder<ProjectEntity>,
    take: number,
  ): SelectQueryBuilder<ProjectEntity> {
    const paged = where
      .select('project.id')
      .orderBy('project.updated_at', 'DESC')
      .addOrderBy('project.id', 'DESC')
      .limit(take);
    return this.cardRows()
      .innerJoin(`(${paged.getQuery()})`, 'paged', 'paged.project_id = project.id')
      .orderBy('project.updated_at', 'DESC')
      .addOrderBy('project.id', 'DESC');
  }

  /**
   * A card's fields, names, checklist progress and co-funding facts. The facts are subqueries of
   * the select list, so PostgreSQL counts them only for the rows the page returns.
   */
  private cardRows(): SelectQueryBuilder<ProjectEntity> {
    return this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('project')
      .leftJoin('project.department', 'department')
      .leftJoin('project.programme', 'programme')
      .leftJoin('project.call', 'call')
      .leftJoin('project.projectLead', 'lead')
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
        // Instants as the ISO text the card carries: pg would make each a Date only for it to be
        // turned back into this text, 300 times a board.
        `to_char(call.deadline_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS call_deadline`,
        'project.project_lead_id AS project_lead_id',
        'lead.name AS project_lead_name',
        // As text: pg would turn a date into a Date at local midnight, a day off in some zones.
        "to_char(project.planned_start, 'YYYY-MM-DD') AS planned_start",
        "to_char(project.planned_end, 'YYYY-MM-DD') AS planned_end",
        'project.budget_currency AS currency',
        'project.requested_grant_minor AS requested_minor',
        'project.granted_minor AS granted_minor',
        // The SQL restates libs/domain's checklistProgress and isOverdue (due days follow the call
        // deadline), and apps/api/test/rules-once.integration-spec.ts proves both agree on the same items.
        `(SELECT json_build_object('total', COUNT(*), 'done', COUNT(item.done_at),
            'required', COUNT(*) FILTER (WHERE item.required),
            'requiredDone', COUNT(*) FILTER (WHERE item.required AND item.done_at IS NOT NULL),
            'overdue', COUNT(*) FILTER (WHERE item.done_at IS NULL AND COALESCE(item.due_on, (call.deadline_at AT TIME ZONE :zone)::date - item.due_days_before) < (now() AT TIME ZONE :zone)::date))
          FROM checklist_item item WHERE item.project_id = project.id HAVING COUNT(*) > 0) AS checklist`,
        // The same facts as libs/domain's coFundingFacts: asked, and every request approved.
        `(SELECT json_build_object('asked', true, 'approved', COUNT(*) FILTER (WHERE request.status = 'approved') = COUNT(*))
          FROM co_funding_request request WHERE request.project_id = project.id AND request.status <> 'withdrawn'
          HAVING COUNT(*) > 0) AS co_funding`,
        `to_char(project.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_key`,
      ])
      .setParameters(this.cardParameters());
  }

  /** The parameters of cardRows' select list. */
  private cardParameters(): { zone: string } {
    return { zone: this.config.timeZone };
  }

  private filtered(user: CurrentUser, filters: BoardFilters): SelectQueryBuilder<ProjectEntity> {
    const query = whereProjectMatches(
      this.dataSource.getRepository(ProjectEntity).createQueryBuilder('project').where('1 = 1'),
      filters,
    );
    whereRunsInYear(query, 'project', filters.year);
    whereTextMatches(query, 'project', filters.q);
    return scopeToReader(query, 'project', user);
  }
}

/** The first `limit` rows, and the cursor after the last of them when a further row was read. */
function paged(rows: CardRow[], limit: number): PagedRows {
  if (rows.length <= limit) return { rows, next: null };
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { rows: shown, next: encodeBoardCursor({ updatedAt: last.updated_key, id: last.id }) };
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
    callDeadline: row.call_deadline,
    projectLeadId: row.project_lead_id,
    projectLeadName: row.project_lead_name,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    currency: row.currency,
    requestedMinor: row.requested_minor === null ? null : Number(row.requested_minor),
    grantedMinor: row.granted_minor === null ? null : Number(row.granted_minor),
    checklist: row.checklist,
    coFunding: row.co_funding,
    // To the millisecond, cut as toISOString would: 2026-12-06T08:00:00.123456Z -> ….123Z.
    updatedAt: `${row.updated_key.slice(0, 23)}Z`,
  };
}
