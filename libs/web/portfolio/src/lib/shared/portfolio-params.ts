import { HttpParams } from '@angular/common/http';
import type { Params } from '@angular/router';

/** The board's filters as the address names them; the table and the reports read the same ones. */
export const BOARD_FILTER_KEYS = ['programmeId', 'departmentId', 'projectLeadId', 'year', 'q'] as const;

/** One address value as trimmed text; the first when repeated; '' when absent. */
export function textParam(params: Params, key: string): string {
  const raw: unknown = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value.trim() : '';
}

/** Every value of a repeatable address parameter (`stage=running&stage=closed`). */
export function listParam(params: Params, key: string): string[] {
  const raw: unknown = params[key];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** A calendar year the board would take (its own bounds), or undefined. */
export function yearParam(params: Params): number | undefined {
  const year = Number(textParam(params, 'year'));
  return textParam(params, 'year') !== '' && Number.isInteger(year) && year >= 1900 && year <= 2999
    ? year
    : undefined;
}

/** HTTP parameters from a query object: arrays repeat, empty values are left out. */
export function httpParamsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params = params.append(key, String(item));
    else params = params.set(key, String(value));
  }
  return params;
}

/** The same as a query string, for links the browser follows itself (downloads). */
export function queryStringOf(query: object): string {
  return httpParamsOf(query).toString();
}
