import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { until } from './until';

export const workspaceRoot = join(__dirname, '../../../..');

export interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a built program of the workspace with exactly the environment given (plus PATH and HOME). */
export function runNode(script: string, env: Record<string, string | undefined>): Running {
  let output = '';
  const child = spawn(process.execPath, [join(workspaceRoot, script)], {
    cwd: workspaceRoot,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function waitForHealthy(port: number, timeoutMs = 90_000): Promise<void> {
  const healthy = async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
    } catch {
      return false; // not yet listening
    }
  };
  await until(healthy, { what: `a healthy desk on port ${port}`, timeoutMs, everyMs: 250 });
}

/** A minimal browser over fetch: one cookie jar, the CSRF token on writes. */
export class FetchClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(private readonly base: string) {}

  /** The Cookie header this client sends: its session, for a load generator to send as it. */
  cookieHeader(): string {
    return [...this.cookies.values()].join('; ');
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    if (method !== 'GET' && !this.csrfToken) await this.request('GET', '/api/auth/session');
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: [...this.cookies.values()].join('; '),
        'content-type': 'application/json',
        'x-csrf-token': this.csrfToken,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // The session cookie and the CSRF cookie, each kept by name as a browser does.
    for (const set of response.headers.getSetCookie()) {
      const pair = set.split(';')[0];
      this.cookies.set(pair.slice(0, pair.indexOf('=')), pair);
    }
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : null;
    if (parsed?.csrfToken) this.csrfToken = parsed.csrfToken;
    return { status: response.status, body: parsed };
  }
}

export async function waitForOutput(running: Running, text: string, timeoutMs = 30_000): Promise<void> {
  await until(() => running.output(), {
    what: `"${text}" in the output`,
    ok: (out) => out.includes(text),
    timeoutMs,
  });
}
