import { Client } from 'pg';

/**
 * One md5 per table over all its rows, in one query: a rejected request must leave every one as
 * it was. `session` is left out: every request, refused or not, renews its session's expiry.
 */
export class TableChecksums {
  private query = '';

  private constructor(private readonly client: Client) {}

  static async connect(databaseUrl: string, excluded: readonly string[]): Promise<TableChecksums> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const checksums = new TableChecksums(client);
    const tables: Array<{ name: string }> = (
      await client.query(
        `SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      )
    ).rows;
    checksums.query = tables
      .filter(({ name }) => !excluded.includes(name))
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
      )
      .join(' UNION ALL ');
    return checksums;
  }

  /** Each table's checksum now. */
  async now(): Promise<Record<string, string>> {
    const rows: Array<{ name: string; sum: string }> = (await this.client.query(this.query)).rows;
    return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** The tables whose checksum differs between two readings. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
