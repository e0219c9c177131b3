import { DataSource } from 'typeorm';
import { dataSourceOptions, migrations } from '@gp/api/data';
import { testConfig } from './support/test-environment';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(testConfig())).initialize();
  });

  afterAll(() => dataSource.destroy());

  it('were all applied by global setup', async () => {
    const applied: Array<{ name: string }> = await dataSource.query(
      'SELECT name FROM migrations ORDER BY id',
    );
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
  });

  it('leave nothing for the entities to change: entities and migrations agree', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('never let TypeORM synchronise the schema', () => {
    expect(dataSource.options.synchronize).toBe(false);
  });
});
