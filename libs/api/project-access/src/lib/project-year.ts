import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * The board's and the table's `year`: projects running in that calendar year by their planned
 * start and end, or, when undated, made that year. One rule, so the table counts what the board does.
 */
export function whereRunsInYear<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  year: number | undefined,
): SelectQueryBuilder<T> {
  if (!year) return query;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return query.andWhere(
    new Brackets((w) =>
      w
        .where(
          `${alias}.planned_start <= :to AND COALESCE(${alias}.planned_end, ${alias}.planned_start) >= :from`,
          { from, to },
        )
        .orWhere(`${alias}.planned_start IS NULL AND EXTRACT(YEAR FROM ${alias}.created_at) = :year`, { year }),
    ),
  );
}
