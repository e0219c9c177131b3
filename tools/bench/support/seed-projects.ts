import type { DataSource } from 'typeorm';
import { seedProjectsThrough } from './project-spread.cjs';

/**
 * Tops the demo data up to `total` projects, spread evenly over the five stages, the departments
 * and the programmes (every fifth closed as completed), as a municipality with years of history.
 * The spread itself is in project-spread.cjs, which the ES module benchmarks use as well.
 */
export async function seedProjects(dataSource: DataSource, total: number): Promise<void> {
  await seedProjectsThrough((sql, values) => dataSource.query(sql, values), total);
}
