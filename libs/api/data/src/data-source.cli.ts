import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './lib/data-source-options';

/** For the TypeORM CLI (`nx run data:migration-generate`), reading DATABASE_URL. */
export default new DataSource(
  dataSourceOptions({ databaseUrl: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/grant_pipeline_dev', databasePoolMax: 2 }),
);
