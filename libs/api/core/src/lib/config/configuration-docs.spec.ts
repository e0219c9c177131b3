import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appConfigSchema } from './app-config.schema';

const workspace = join(__dirname, '../../../../../..');
const variables = Object.keys(appConfigSchema.shape).filter((v) => v !== 'NODE_ENV');

describe('the configuration is documented', () => {
  it.each(variables)('%s is described in .env.example and the README table', (variable) => {
    expect(readFileSync(join(workspace, '.env.example'), 'utf8')).toMatch(
      new RegExp(`^#? ?${variable}=`, 'm'),
    );
    expect(readFileSync(join(workspace, 'README.md'), 'utf8')).toContain(`| \`${variable}\` |`);
  });
});
