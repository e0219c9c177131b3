const angularJestConfig = require('../../../jest.angular.cjs');

module.exports = angularJestConfig(__dirname, 'web-stage-moves');
