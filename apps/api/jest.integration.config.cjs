/**
 * Integration tests: the real app module against a real PostgreSQL and a real Redis. Global setup
 * migrates a template database and loads the demo data into it; each suite then gets a copy of its
 * own (suite-database.ts) and a Redis key prefix of its own, so no suite depends on another.
 */
module.exports = require('../../tools/test/jest-node.cjs')(__dirname, 'api-integration', {
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/suite-database.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
});
