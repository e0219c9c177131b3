import { join } from 'node:path';
import { register } from 'tsconfig-paths';
// eslint-disable-next-line @nx/enforce-module-boundaries -- global setup runs outside jest's resolver and needs the workspace aliases
import { compilerOptions } from '../../../../tsconfig.base.json';

// Jest's global setup and teardown run outside its module resolver, so the workspace aliases are registered here.
register({ baseUrl: join(__dirname, '../../../..'), paths: compilerOptions.paths });
