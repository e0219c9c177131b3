import type { Params } from '@angular/router';
import {
  OUTCOMES,
  PROJECT_TABLE_PAGE_MAX,
  PROJECT_TABLE_PAGE_SIZE,
  PROJECT_TABLE_SORTABLE,
  STAGES,
  type ExportFormat,
  type Outcome,
  type ProjectTableColumn,
  type ProjectTableQuery,
  type Stage,
} from '@gp/domain';
import {
  BOARD_FILTER_KEYS,
  listParam,
  queryStringOf,
  textParam,
  yearParam,
} from '../shared/portfolio-params';

/** The keys of the table's own filters, which "clear filters" empties together with the board's. */
export const TABLE_FILTER_KEYS = [...BOARD_FILTER_KEYS, 'stage', 'outcome'] as const;

/**
 * The table's query from a bookmarked address; unknown stages, outcomes, columns and bad numbers
 * are left out, so an old link still opens (the API would answer 400 to them).
 */
export function tableQueryFromParams(params: Params): ProjectTableQuery {
  const query: ProjectTableQuery = {};
  for (const key of ['programmeId', 'departmentId', 'projectLeadId', 'q'] as const) {
    const value = textParam(params, key);
    if (value) query[key] = value;
  }
  const year = yearParam(params);
  if (year !== undefined) query.year = year;
  const stages = listParam(params, 'stage').filter((s): s is Stage =>
    (STAGES as readonly string[]).includes(s),
  );
  if (stages.length) query.stage = [...new Set(stages)];
  const outcomes = listParam(params, 'outcome').filter((o): o is Outcome =>
    (OUTCOMES as readonly string[]).includes(o),
  );
  if (outcomes.length) query.outcome = [...new Set(outcomes)];
  const sort = textParam(params, 'sort');
  if ((PROJECT_TABLE_SORTABLE as readonly string[]).includes(sort)) {
    query.sort = sort as ProjectTableColumn;
    query.direction = textParam(params, 'direction') === 'desc' ? 'desc' : 'asc';
  }
  const offset = Number(textParam(params, 'offset'));
  if (Number.isInteger(offset) && offset > 0) query.offset = offset;
  const limit = Number(textParam(params, 'limit'));
  if (
    Number.isInteger(limit) &&
    limit > 0 &&
    limit <= PROJECT_TABLE_PAGE_MAX &&
    limit !== PROJECT_TABLE_PAGE_SIZE
  )
    query.limit = limit;
  return query;
}

/** Address parameters for a change of the query: null removes one, so the address holds what is set. */
export function tableQueryToParams(query: ProjectTableQuery): Params {
  const params: Params = {};
  for (const key of [...TABLE_FILTER_KEYS, 'sort', 'direction', 'offset', 'limit'] as const) {
    const value = query[key];
    params[key] =
      value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || value === 0
        ? null
        : Array.isArray(value)
          ? value
          : String(value);
  }
  return params;
}

/** Whether any filter is set, the table's own included (it shows "clear filters"). */
export function tableFiltering(query: ProjectTableQuery): boolean {
  return TABLE_FILTER_KEYS.some((key) => {
    const value = query[key];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}

/** The board's filters of the query, for the "Tavla" link: the board ignores the rest. */
export function boardParamsOf(query: ProjectTableQuery): Params {
  return Object.fromEntries(
    BOARD_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => [key, String(query[key])]),
  );
}

/** The download address of every matching row, in the table's filters and order (no paging). */
export function exportHref(format: ExportFormat, query: ProjectTableQuery): string {
  const { offset: _offset, limit: _limit, ...rest } = query;
  return `/api/projects/table/export?${queryStringOf({ format, ...rest })}`;
}

/** Same queries mean the same request, so only a real change asks the API again. */
export function sameTableQuery(a: ProjectTableQuery, b: ProjectTableQuery): boolean {
  return queryStringOf(a) === queryStringOf(b);
}
