const path = require('node:path');

/** The jest configuration of a Node project (libs/api/*, libs/domain, apps/api, apps/worker). */
module.exports = function jestNodeConfig(projectDir, displayName, overrides = {}) {
  return {
    displayName,
    rootDir: projectDir,
    preset: path.relative(projectDir, path.join(__dirname, '../../jest.preset.js')),
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
    moduleFileExtensions: ['ts', 'js'],
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    ...overrides,
  };
};
