import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The path of the workspace's Nx command, wherever its package keeps it. */
export function nxBin(root) {
  const require = createRequire(join(root, 'package.json'));
  const manifest = require.resolve('nx/package.json');
  const bin = require(manifest).bin;
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.nx);
}
