import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEADLINE_KINDS } from '@gp/domain';

/**
 * `count` deadlines of one project, written straight into the table in one statement (the API
 * would take minutes): due from `firstDay`, seven a day with every kind among them so one day
 * needs the tie-breakers of the order, and titled `Deadline <n>`. Every `doneEvery`th is done.
 */
export async function insertDeadlines(
  app: INestApplication,
  projectId: string,
  count: number,
  { firstDay = '2031-01-01', doneEvery = 0 }: { firstDay?: string; doneEvery?: number } = {},
): Promise<string[]> {
  const rows: Array<{ id: string }> = await app.get(DataSource).query(
    `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
     SELECT $1, ($2::text[])[1 + n % cardinality($2::text[])], gen_random_uuid()::text, 'Deadline ' || n,
            $3::date + n / 7, CASE WHEN $4 > 0 AND n % GREATEST($4, 1) = 0 THEN 'done' ELSE 'open' END
     FROM generate_series(1, $5) AS n
     RETURNING id`,
    [projectId, [...DEADLINE_KINDS], firstDay, doneEvery, count],
  );
  return rows.map((row) => row.id);
}
