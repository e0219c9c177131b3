const fs = require('node:fs');
const path = require('node:path');

/** Writes a Playwright run's passed/failed counts to reports/counts/ for tools/test/run-all.mjs. */
class PlaywrightCountReporter {
  constructor() {
    this.outcomes = new Map();
  }

  onTestEnd(test) {
    // The last result of a test decides (retries included).
    this.outcomes.set(test.id, test.outcome());
  }

  onEnd(result) {
    const outcomes = [...this.outcomes.values()];
    const passed = outcomes.filter((o) => o === 'expected' || o === 'flaky').length;
    let failed = outcomes.filter((o) => o === 'unexpected').length;
    // A run that broke outside any test (server did not start, a setup threw) is a failure too.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    const dir = path.join(__dirname, '../../reports/counts');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `playwright-${process.pid}-${Date.now()}.json`), JSON.stringify({ runner: 'playwright', passed, failed }));
  }
}

module.exports = PlaywrightCountReporter;
