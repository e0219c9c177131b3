// `npm test`: lint, unit tests, the builds, integration tests against real PostgreSQL and Redis,
// and the browser tests in Chromium; then one line `N passed, N failed` summed over every runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nxBin } from '../nx-bin.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const countsDir = join(root, 'reports/counts');
const nx = nxBin(root);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };

rmSync(countsDir, { recursive: true, force: true });
mkdirSync(countsDir, { recursive: true });

const steps = [
  { name: 'lint', args: ['run-many', '-t', 'lint'], gate: true },
  { name: 'unit tests', args: ['run-many', '-t', 'test'] },
  { name: 'build', args: ['run-many', '-t', 'build', 'precompress', '-p', 'api', 'worker', 'web'], gate: true },
  { name: 'integration tests', args: ['run', 'api:integration'] },
  { name: 'browser tests', args: ['run', 'web-e2e:e2e'] },
];

const failedSteps = [];
for (const step of steps) {
  process.stdout.write(`\n=== ${step.name} ===\n`);
  const result = spawnSync(process.execPath, [nx, ...step.args, '--output-style=stream'], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    failedSteps.push(step.name);
    // Nothing after a failed lint or build would mean anything.
    if (step.gate) break;
  }
}

let passed = 0;
let failed = 0;
if (existsSync(countsDir)) {
  for (const file of readdirSync(countsDir)) {
    const counts = JSON.parse(readFileSync(join(countsDir, file), 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
  }
}
// A step that failed without a failing test (a crash, a lint error) still fails the run.
if (failedSteps.length > 0 && failed === 0) failed = 1;

process.stdout.write(`\n${failedSteps.length ? `Failed: ${failedSteps.join(', ')}\n` : ''}`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
