import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import baseConfig from './eslint.config.mjs';

/**
 * The lint rules every Angular project (apps/web and each libs/web lib) shares: the workspace
 * base with its module boundaries, Angular's recommended sets, the `gp` selector prefix, OnPush
 * and signals, and the template accessibility rules (every control needs an accessible name).
 * Each Angular project's eslint.config.mjs imports this one instead of pasting it.
 */
export default [
  ...baseConfig,
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'gp', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'gp', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
    },
  },
  {
    files: ['**/*.html'],
    rules: {
      ...angular.configs.templateAccessibility.reduce((rules, config) => ({ ...rules, ...config.rules }), {}),
      '@angular-eslint/template/prefer-control-flow': 'error',
    },
  },
];
