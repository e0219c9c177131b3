import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { containsPattern } from './project-filters';

/**
 * Free text as coordinators search (the board's and the table's `q`): a project's title or
 * purpose, a partner's organisation, its programme's name or its call's title, anywhere in them,
 * case aside. The programmes and calls that match are found once (a hashed subplan over a few
 * hundred names), not looked up project by project; partners are jsonb, read last, by EXISTS over
 * jsonb_array_elements, which stops at the first that matches.
 *
 * Measured on 5,000 projects with two partners each (PostgreSQL 15, a shared 2-core machine): a
 * search that finds nothing reads every project in about 20 ms, of which the partners take about
 * 10 (title and purpose alone took 8-12 ms). Reading the partners' JSON as text first to rule a
 * project out cost as much as taking the array apart. The board's benchmark has no search in it.
 */
export function whereTextMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  text: string | undefined,
): SelectQueryBuilder<T> {
  if (!text) return query;
  return query.andWhere(`(${projectTextMatch(alias)})`, { textPattern: containsPattern(text) });
}

/**
 * The same match as a condition to combine (the calendar also finds a deadline by its own title);
 * its parameter is `:textPattern`, the text as `containsPattern` writes it.
 */
export function projectTextMatch(alias: string): string {
  return `${alias}.title ILIKE :textPattern OR ${alias}.purpose ILIKE :textPattern
      OR ${alias}.programme_id IN (SELECT text_programme.id FROM "programme" text_programme
                                    WHERE text_programme.name ILIKE :textPattern)
      OR ${alias}.call_id IN (SELECT text_call.id FROM "programme_call" text_call
                               WHERE text_call.title ILIKE :textPattern)
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(${alias}.partners) AS text_partner
                  WHERE text_partner->>'organisation' ILIKE :textPattern)`;
}
