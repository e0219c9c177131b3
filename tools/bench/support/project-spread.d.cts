/** Runs one statement and resolves to its rows (TypeORM's DataSource.query, or a `pg` client's rows). */
export type Query = (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Tops the demo data up to `total` projects, spread evenly over the five stages, the departments
 * and the programmes (every fifth closed as completed).
 */
export function seedProjectsThrough(query: Query, total: number): Promise<void>;
