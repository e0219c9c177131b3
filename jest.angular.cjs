const path = require('node:path');

/**
 * The jest setup every Angular project shares (jsdom, jest-preset-angular, Angular's ESM).
 * `projectRoot` is the folder of the project's jest.config.cjs; `name` its display name.
 */
module.exports = function angularJestConfig(projectRoot, name) {
  const fromRoot = path.relative(__dirname, projectRoot);
  return {
    displayName: name,
    preset: path.join(__dirname, 'jest.preset.js'),
    rootDir: projectRoot,
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    testEnvironment: 'jsdom',
    // Same key as the root preset's ts-jest transform, so this one replaces it rather than racing it.
    transform: {
      '^.+\\.(ts|js|mts|mjs|cts|cjs|html|svg)$': [
        'jest-preset-angular',
        { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
      ],
    },
    // Angular ships .mjs; @jsverse/utils (under Transloco) ships ESM in a plain .js file; icons are .svg text.
    transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|.*\\.svg$|@jsverse/))'],
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    coverageDirectory: path.join(__dirname, 'coverage', fromRoot),
  };
};
