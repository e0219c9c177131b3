module.exports = require('../../../tools/test/jest-node.cjs')(__dirname, 'api-documents');
