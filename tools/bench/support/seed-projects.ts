import type { DataSource } from 'typeorm';
import { DepartmentEntity, ProgrammeEntity } from '@gp/api/data';

const STAGES = ['idea', 'application', 'decision', 'running', 'closed'];

/**
 * Tops the demo data up to `total` projects, spread evenly over the five stages, the departments
 * and the programmes (every fifth closed as completed), as a municipality with years of history.
 */
export async function seedProjects(dataSource: DataSource, total: number): Promise<void> {
  const departments = await dataSource.getRepository(DepartmentEntity).find();
  const programmes = await dataSource.getRepository(ProgrammeEntity).find({ relations: { calls: true } });
  const existing = Number((await dataSource.query('SELECT count(*) FROM project'))[0].count);
  for (let batch = 0; batch < total - existing; batch += 500) {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let i = batch; i < Math.min(batch + 500, total - existing); i++) {
      const programme = programmes[i % programmes.length];
      const o = values.length;
      rows.push(`($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, 1, 'SEK', $${o + 7})`);
      values.push(
        `Benchmarkprojekt ${i}`,
        STAGES[i % 5],
        departments[i % departments.length].id,
        programme.id,
        programme.calls[0]?.id ?? null,
        i % 5 === 4 ? 'completed' : null,
        (i % 97) * 100_000,
      );
    }
    await dataSource.query(
      `INSERT INTO project (title, stage, department_id, programme_id, call_id, outcome, version, budget_currency, requested_grant_minor) VALUES ${rows.join(', ')}`,
      values,
    );
  }
  await dataSource.query('ANALYZE');
}
