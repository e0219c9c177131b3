import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Shapes kept at most: each filter on or off, per kind of query and page size, is far fewer. */
const MOST_SHAPES = 500;

/**
 * The SQL TypeORM writes for a board query, written once per shape of the query and then only
 * filled with each request's values. Writing it (the select list's aliases and property names
 * resolved over the whole text) took about 1 ms of the api's thread per board, as long as the
 * SQL's own work on small filters.
 *
 * A shape is the query's kind and its WHERE conditions as TypeORM holds them, parameter names
 * and not values: two requests with the same conditions get the same text, and any filter or
 * reader scope that adds, drops or changes a condition makes another shape. Whatever else the
 * text depends on (a LIMIT TypeORM writes as a number) belongs in the kind.
 */
export class QueryShapes {
  private readonly sql = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs the query of this kind whose conditions `where` holds, with `parameters`; `write` builds
   * the whole query when its shape is new.
   */
  rawMany<Row>(
    kind: string,
    where: SelectQueryBuilder<ObjectLiteral>,
    parameters: ObjectLiteral,
    write: () => SelectQueryBuilder<ObjectLiteral>,
  ): Promise<Row[]> {
    const shape = `${kind} ${JSON.stringify(where.expressionMap.wheres)}`;
    let sql = this.sql.get(shape);
    if (sql === undefined) {
      sql = write().getQuery();
      if (this.sql.size < MOST_SHAPES) this.sql.set(shape, sql);
    }
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query(text, values);
  }
}
