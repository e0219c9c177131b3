import type { DataSource } from 'typeorm';
import { SessionRecordEntity } from '@gp/api/data';

/**
 * A checksum of every table's rows, to show a run of requests changed nothing. The session
 * table is left out: signing in and reading the session write there by design.
 */
export async function tableChecksums(dataSource: DataSource): Promise<Record<string, string>> {
  const sessionTable = dataSource.getMetadata(SessionRecordEntity).tableName;
  const tables: Array<{ name: string }> = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1
      ORDER BY table_name`,
    [sessionTable],
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row]: Array<{ sum: string }> = await dataSource.query(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum
         FROM "${name}" t`,
    );
    sums[name] = row.sum;
  }
  return sums;
}
