import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { containsPattern } from './project-filters';

/**
 * Free text as coordinators search (the board's and the table's `q`): a project's title or
 * purpose, a partner's organisation, its programme's name or its call's title, anywhere in them,
 * case aside. Partners are jsonb: EXISTS over jsonb_array_elements stops at the first that
 * matches and reads nothing for projects the other conditions already kept out. Programme and
 * call are looked up by key, one row each, and only when title and purpose did not match.
 */
export function whereTextMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  text: string | undefined,
): SelectQueryBuilder<T> {
  if (!text) return query;
  return query.andWhere(
    `(${alias}.title ILIKE :textPattern OR ${alias}.purpose ILIKE :textPattern
      OR EXISTS (SELECT 1 FROM jsonb_array_elements(${alias}.partners) AS text_partner
                  WHERE text_partner->>'organisation' ILIKE :textPattern)
      OR EXISTS (SELECT 1 FROM "programme" text_programme
                  WHERE text_programme.id = ${alias}.programme_id AND text_programme.name ILIKE :textPattern)
      OR EXISTS (SELECT 1 FROM "programme_call" text_call
                  WHERE text_call.id = ${alias}.call_id AND text_call.title ILIKE :textPattern))`,
    { textPattern: containsPattern(text) },
  );
}
