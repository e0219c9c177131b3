const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

// Every jest run also writes its counts to reports/, so `npm test` can print one summary line.
module.exports = {
  ...nxPreset,
  reporters: ['default', path.join(__dirname, 'tools/test/count-reporter.cjs')],
};
