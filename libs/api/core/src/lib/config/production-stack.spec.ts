import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAppConfig } from './app-config';

const workspace = join(__dirname, '../../../../../..');

/** The api's and worker's environment in docker-compose.yml, as written (the `&app-environment` block). */
function composeEnvironment(): Record<string, string> {
  const lines = readFileSync(join(workspace, 'docker-compose.yml'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.includes('environment: &app-environment'));
  const environment: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('#')) continue;
    const entry = /^ {6}([A-Z_]+): (.*)$/.exec(line);
    if (!entry) break;
    environment[entry[1]] = entry[2].replace(/^"(.*)"$/, '$1');
  }
  return environment;
}

/** Compose's interpolation of `${NAME:-default}` and `${NAME:?error}` with the shell's variables. */
function interpolate(value: string, shell: Record<string, string>): string {
  return value.replace(/\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, text = '') => {
    if (shell[name]) return shell[name];
    if (kind === '?') throw new Error(`compose refuses to start: ${text}`);
    return kind === '-' ? text : '';
  });
}

describe('docker compose, the production stack', () => {
  const environment = composeEnvironment();
  const resolved = (shell: Record<string, string>) =>
    Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, interpolate(value, shell)]));

  it('runs in production', () => {
    expect(environment['NODE_ENV']).toBe('production');
  });

  it('has no default session secret: it refuses to start without one, and says how to make one', () => {
    expect(environment['SESSION_SECRET']).toMatch(/^\$\{SESSION_SECRET:\?[^}]*openssl rand -hex 32[^}]*\}$/);
    expect(() => resolved({})).toThrow(/compose refuses to start: set SESSION_SECRET/);
  });

  it('starts without the demo data, with the secret given', () => {
    const config = loadAppConfig(resolved({ SESSION_SECRET: 'a'.repeat(64) }));
    expect(config).toMatchObject({ nodeEnv: 'production', demoData: false, sessionSecret: 'a'.repeat(64) });
  });

  it('stops the api and worker, saying why, when the demo data is asked for', () => {
    expect(() => loadAppConfig(resolved({ SESSION_SECRET: 'a'.repeat(64), DEMO_DATA: 'on' }))).toThrow(
      /DEMO_DATA is not valid; expected off in production/,
    );
  });
});
