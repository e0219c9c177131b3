import { FIELD_LIMITS } from '../platform/field-limits';
import { characterCode, forbiddenCharacterIn, isWellFormedText } from '../platform/text-rules';
import { OUTCOMES } from '../pipeline/outcome';
import { STAGES } from '../pipeline/stage';
import {
  EXPORT_FORMATS,
  PROJECT_TABLE_COLUMNS,
  PROJECT_TABLE_PAGE_MAX,
  PROJECT_TABLE_SORTABLE,
  type ExportFormat,
  type ProjectTableColumn,
  type ProjectTableQuery,
  type SortDirection,
} from './project-table.contract';

/**
 * The table's address read strictly, by one rule for the API and for the web's links: every
 * parameter it does not know, and every value it cannot take, is named with what is wrong, so the
 * API answers 400 and changes nothing rather than guess (a misspelt `stage` must not show all).
 */

/** The address's parameters as Express (qs) gives them: text, lists of text, or nested objects. */
export type QueryParameters = Readonly<Record<string, unknown>>;

/** Parameter name → what is wrong with it. */
export type ParameterErrors = Record<string, string[]>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParameterErrors };

/** What an export asks for: the table's filters and sort, the format, and maybe its own columns. */
export interface ProjectTableExportQuery extends Omit<ProjectTableQuery, 'offset' | 'limit'> {
  format: ExportFormat;
  /** Overrides the person's chosen columns for this file. */
  columns?: ProjectTableColumn[];
}

const TABLE_PARAMETERS = [
  'programmeId',
  'departmentId',
  'projectLeadId',
  'year',
  'q',
  'stage',
  'outcome',
  'sort',
  'direction',
  'offset',
  'limit',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHOLE = /^\d{1,9}$/;

/** Reads the table's query (GET /api/projects/table); `alsoAllowed` are a caller's own parameters. */
export function parseProjectTableQuery(
  parameters: QueryParameters,
  alsoAllowed: readonly string[] = [],
): Parsed<ProjectTableQuery> {
  const errors: ParameterErrors = {};
  const fail = (name: string, message: string) => (errors[name] ??= []).push(message);
  const query: ProjectTableQuery = {};

  for (const name of Object.keys(parameters))
    if (!(TABLE_PARAMETERS as readonly string[]).includes(name) && !alsoAllowed.includes(name))
      fail(name, `${name} is not a parameter of the table of projects`);

  const single = (name: string): string | undefined => {
    const value = parameters[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      fail(name, `${name} must be given once, as text`);
      return undefined;
    }
    return value;
  };

  for (const name of ['programmeId', 'departmentId', 'projectLeadId'] as const) {
    const value = single(name);
    if (value === undefined) continue;
    if (UUID.test(value)) query[name] = value;
    else fail(name, `${name} must be an id such as 6f1c…-…; "${clip(value)}" is not one`);
  }

  const year = single('year');
  if (year !== undefined) {
    const number = WHOLE.test(year) ? Number(year) : NaN;
    if (number >= 2000 && number <= 2100) query.year = number;
    else fail('year', 'year must be a year such as 2027');
  }

  const q = single('q');
  if (q !== undefined) {
    const max = FIELD_LIMITS.search.query.max;
    const forbidden = forbiddenCharacterIn(q, 'single-line');
    if (q.length > max) fail('q', `q must be at most ${max} characters`);
    else if (forbidden !== null) fail('q', `q must not hold the control character ${characterCode(forbidden)}`);
    else if (!isWellFormedText(q)) fail('q', 'q must be well-formed text');
    else if (q.trim() !== '') query.q = q.trim();
  }

  const stages = listOf(parameters['stage'], 'stage', STAGES, fail);
  if (stages?.length) query.stage = stages;
  const outcomes = listOf(parameters['outcome'], 'outcome', OUTCOMES, fail);
  if (outcomes?.length) query.outcome = outcomes;

  const sort = single('sort');
  if (sort !== undefined) {
    if ((PROJECT_TABLE_SORTABLE as readonly string[]).includes(sort)) query.sort = sort as ProjectTableColumn;
    else fail('sort', `sort must be one of ${PROJECT_TABLE_SORTABLE.join(', ')}`);
  }

  const direction = single('direction');
  if (direction !== undefined) {
    if (direction === 'asc' || direction === 'desc') query.direction = direction as SortDirection;
    else fail('direction', 'direction must be asc or desc');
  }

  const offset = single('offset');
  if (offset !== undefined) {
    if (WHOLE.test(offset)) query.offset = Number(offset);
    else fail('offset', 'offset must be a whole number, 0 or more');
  }

  const limit = single('limit');
  if (limit !== undefined) {
    const number = WHOLE.test(limit) ? Number(limit) : NaN;
    if (number >= 1 && number <= PROJECT_TABLE_PAGE_MAX) query.limit = number;
    else fail('limit', `limit must be a whole number from 1 to ${PROJECT_TABLE_PAGE_MAX}`);
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: query };
}

/** Reads an export's query (GET /api/projects/table/export): the table's, `format` and `columns`. */
export function parseProjectTableExportQuery(parameters: QueryParameters): Parsed<ProjectTableExportQuery> {
  const table = parseProjectTableQuery(parameters, ['format', 'columns']);
  const errors: ParameterErrors = table.ok ? {} : { ...table.errors };
  const format = parameters['format'];
  if (format === undefined) errors['format'] = [`format must be one of ${EXPORT_FORMATS.join(', ')}`];
  else if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format))
    errors['format'] = [`format must be one of ${EXPORT_FORMATS.join(', ')}`];
  let columns: ProjectTableColumn[] | undefined;
  if (parameters['columns'] !== undefined) {
    const raw = parameters['columns'];
    const parsed =
      typeof raw === 'string'
        ? parseColumnChoice(raw.split(','), 'columns')
        : { ok: false as const, errors: { columns: ['columns must be given once, as names joined by commas'] } };
    if (parsed.ok) columns = parsed.value;
    else Object.assign(errors, parsed.errors);
  }
  if (!table.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  // Every row, not a page: an export ignores offset and limit, which the table's own address carries.
  const { offset: _offset, limit: _limit, ...filters } = table.value;
  return {
    ok: true,
    value: { ...filters, format: format as ExportFormat, ...(columns ? { columns } : {}) },
  };
}

/**
 * A person's choice of columns (PUT /api/projects/table/columns, ?columns=): known columns, each
 * once, the title always among them. Kept in the order given: the order the table shows them.
 */
export function parseColumnChoice(value: unknown, name = 'columns'): Parsed<ProjectTableColumn[]> {
  const wrong = (message: string): Parsed<ProjectTableColumn[]> => ({ ok: false, errors: { [name]: [message] } });
  if (!Array.isArray(value)) return wrong(`${name} must be a list of column names`);
  if (value.length === 0) return wrong(`${name} must name at least one column, the title`);
  const seen = new Set<string>();
  for (const column of value) {
    if (typeof column !== 'string' || !(PROJECT_TABLE_COLUMNS as readonly string[]).includes(column))
      return wrong(
        `${name} must name columns of the table (${PROJECT_TABLE_COLUMNS.join(', ')}); "${clip(String(column))}" is not one`,
      );
    if (seen.has(column)) return wrong(`${name} names ${column} twice`);
    seen.add(column);
  }
  // A row without its title names nothing: the title stays, whatever else is chosen.
  if (!seen.has('title')) return wrong(`${name} must include title, the column that names each project`);
  return { ok: true, value: value as ProjectTableColumn[] };
}

/** A repeatable parameter (`stage=idea&stage=running` or `stage=idea,running`), each value known. */
function listOf<T extends string>(
  value: unknown,
  name: string,
  known: readonly T[],
  fail: (name: string, message: string) => void,
): T[] | undefined {
  if (value === undefined) return undefined;
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
  if (items === null || items.some((item) => typeof item !== 'string')) {
    fail(name, `${name} must be given as ${name}=${known[0]}, once or more`);
    return undefined;
  }
  const values = (items as string[]).flatMap((item) => item.split(',')).filter((item) => item !== '');
  const unknown = values.find((item) => !(known as readonly string[]).includes(item));
  if (unknown !== undefined) {
    fail(name, `${name} must be one of ${known.join(', ')}; "${clip(unknown)}" is not one`);
    return undefined;
  }
  return [...new Set(values)] as T[];
}

/** A value quoted back in a message, cut short: the message names it, it does not echo a page. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
