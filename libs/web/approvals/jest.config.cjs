module.exports = {
  displayName: 'web-approvals',
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  // Same key as the root preset's ts-jest transform, so this one replaces it rather than racing it.
  transform: {
    '^.+\\.(ts|js|mts|mjs|cts|cjs|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // Angular ships .mjs; @jsverse/utils (under Transloco) ships ESM in a plain .js file.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/))'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../coverage/libs/web/approvals',
};
