// Plain CommonJS so both kinds of benchmark use it: the TypeScript ones (through seed-projects.ts,
// with a TypeORM DataSource) and the ES module ones (with a `pg` client on the desk's database).

const STAGES = ['idea', 'application', 'decision', 'running', 'closed'];
const BATCH = 500;

/**
 * Tops the demo data up to `total` projects, spread evenly over the five stages, the departments
 * and the programmes (every fifth closed as completed), as a municipality with years of history.
 * `query(sql, values)` runs one statement and resolves to its rows.
 *
 * @param {(sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>} query
 * @param {number} total
 */
async function seedProjectsThrough(query, total) {
  const departments = await query('SELECT id FROM department');
  const programmes = await query(
    'SELECT p.id, (SELECT c.id FROM programme_call c WHERE c.programme_id = p.id LIMIT 1) AS call_id FROM programme p',
  );
  const existing = Number((await query('SELECT count(*) FROM project'))[0].count);
  for (let batch = 0; batch < total - existing; batch += BATCH) {
    const values = [];
    const rows = [];
    for (let i = batch; i < Math.min(batch + BATCH, total - existing); i++) {
      const programme = programmes[i % programmes.length];
      const o = values.length;
      rows.push(`($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, 1, 'SEK', $${o + 7})`);
      values.push(
        `Benchmarkprojekt ${i}`,
        STAGES[i % 5],
        departments[i % departments.length].id,
        programme.id,
        programme.call_id ?? null,
        i % 5 === 4 ? 'completed' : null,
        (i % 97) * 100_000,
      );
    }
    await query(
      `INSERT INTO project (title, stage, department_id, programme_id, call_id, outcome, version, budget_currency, requested_grant_minor) VALUES ${rows.join(', ')}`,
      values,
    );
  }
  await query('ANALYZE');
}

module.exports = { seedProjectsThrough };
