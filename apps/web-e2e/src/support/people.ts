import type { APIRequestContext, APIResponse } from '@playwright/test';
import { demo, DEMO_PASSWORD } from './desk';

/** The header the desk reads its CSRF token from (see the auth contract in libs/domain). */
const CSRF_HEADER = 'x-csrf-token';

/**
 * A signed-in session over the API, as the web app holds one: it keeps the cookie (the request
 * context does) and sends the CSRF token on every write. For setting things up and putting them
 * back, not for what a test checks.
 */
export class DeskApi {
  private csrfToken = '';

  private constructor(private readonly request: APIRequestContext) {}

  static async signedIn(
    request: APIRequestContext,
    email: string,
    password = DEMO_PASSWORD,
  ): Promise<DeskApi> {
    const api = new DeskApi(request);
    api.csrfToken = (await api.ok<{ csrfToken: string }>(request.get('/api/auth/session'))).csrfToken;
    api.csrfToken = (
      await api.write<{ csrfToken: string }>('post', '/api/auth/sign-in', { email, password })
    ).csrfToken;
    return api;
  }

  get<T>(path: string): Promise<T> {
    return this.ok<T>(this.request.get(path));
  }

  write<T = unknown>(method: 'post' | 'put' | 'patch' | 'delete', path: string, data?: object): Promise<T> {
    return this.ok<T>(this.request[method](path, { data, headers: { [CSRF_HEADER]: this.csrfToken } }));
  }

  private async ok<T>(pending: Promise<APIResponse>): Promise<T> {
    const response = await pending;
    if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  }
}

/**
 * A person of the test's own, made by the demo admin: a test that changes a person's settings
 * (language, password, reminders) changes theirs, and the demo accounts stay as the other tests
 * expect them.
 */
export async function personOfTheirOwn(
  request: APIRequestContext,
  person: { name: string; roles: string[]; language?: 'sv' | 'nb' | 'en' },
): Promise<{ email: string; password: string; name: string }> {
  const admin = await DeskApi.signedIn(request, demo.admin.email);
  const email = `egen.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}@demo.kommun.se`;
  const password = 'ett eget långt lösenord';
  await admin.write('post', '/api/users', {
    name: person.name,
    email,
    password,
    roles: person.roles,
    departmentIds: [],
    language: person.language ?? 'sv',
  });
  return { email, password, name: person.name };
}

/** Puts a person's reminder choices back to the defaults: delivery as their role has it, nothing muted. */
export async function restoreRemindersOf(request: APIRequestContext, email: string): Promise<void> {
  const person = await DeskApi.signedIn(request, email);
  await person.write('put', '/api/reminders/preferences', { delivery: null });
  const { mutedProjectIds } = await person.get<{ mutedProjectIds: string[] }>('/api/reminders/preferences');
  for (const projectId of mutedProjectIds) await person.write('delete', `/api/projects/${projectId}/mute`);
}

/** Puts a kind of deadline's reminder days back to the defaults, whatever version it is at. */
export async function restoreReminderRule(request: APIRequestContext, kind: string): Promise<void> {
  const admin = await DeskApi.signedIn(request, demo.admin.email);
  const rule = (
    await admin.get<Array<{ kind: string; isDefault: boolean; version: number }>>('/api/reminders/rules')
  ).find((r) => r.kind === kind);
  if (rule && !rule.isDefault)
    await admin.write('put', `/api/reminders/rules/${kind}`, { offsetsDays: null, version: rule.version });
}
