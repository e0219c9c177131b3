const fs = require('node:fs');
const path = require('node:path');

/** Writes a jest run's passed/failed counts to reports/counts/<name>.json for tools/test/run-all.mjs. */
class CountReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    const dir = path.join(__dirname, '../../reports/counts');
    fs.mkdirSync(dir, { recursive: true });
    const name = `jest-${path.basename(this.globalConfig.rootDir)}-${process.pid}-${Date.now()}`;
    fs.writeFileSync(
      path.join(dir, `${name}.json`),
      JSON.stringify({
        runner: 'jest',
        root: this.globalConfig.rootDir,
        passed: results.numPassedTests,
        // A suite that cannot even load counts as a failure, not as nothing.
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      }),
    );
  }
}

module.exports = CountReporter;
