/**
 * Integration tests: the real app module against a real PostgreSQL (a database of its own per
 * run, created and migrated in global setup) and a real Redis (a key prefix of its own per run).
 */
module.exports = require('../../tools/test/jest-node.cjs')(__dirname, 'api-integration', {
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
});
