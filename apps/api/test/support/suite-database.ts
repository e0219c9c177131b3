import { Client } from 'pg';
import { suiteNames, testRun, TEST_POSTGRES_ADMIN_URL } from './test-environment';

/**
 * Run before every integration suite (jest's setupFilesAfterEnv): the suite gets a database of its
 * own, copied from the run's template, so no suite reads rows another one left. Global teardown
 * drops them all with the template.
 */
beforeAll(async () => {
  const { database } = suiteNames();
  const admin = new Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${testRun().template}"`);
  } finally {
    await admin.end();
  }
});
