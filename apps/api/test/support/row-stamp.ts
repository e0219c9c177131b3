import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * PostgreSQL's xmin of one row: the transaction that last wrote it. It moves on every UPDATE, even
 * one that writes the same values, so an unchanged stamp proves an edit wrote nothing.
 */
export async function rowStamp(app: INestApplication, table: string, id: string): Promise<string> {
  const rows: Array<{ stamp: string }> = await app
    .get(DataSource)
    .query(`SELECT xmin::text AS stamp FROM "${table}" WHERE id = $1`, [id]);
  if (rows.length !== 1) throw new Error(`no ${table} row ${id}`);
  return rows[0].stamp;
}
