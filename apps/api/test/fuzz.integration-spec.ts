import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@gp/api/core';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { CSRF_HEADER, demo } from './support/demo';
import { FuzzTargets } from './support/fuzz/fuzz-targets';
import { payloadsFor, type FuzzPayload } from './support/fuzz/fuzz-payloads';
import { operationsOf, type FuzzOperation, type OpenApiDocument } from './support/fuzz/openapi-operations';
import { changedTables, TableChecksums } from './support/fuzz/table-checksums';

/** Routes a hostile request must not reach as the admin: signing out would end the fuzzer's own session. */
const ANONYMOUS_ROUTES = ['/api/auth/sign-in', '/api/auth/sign-out'];

/**
 * Tables a refused request may write. `session`: the signed-in admin's session has its expiry
 * renewed as requests come, refused or not (seen: 52 of 2,822 refusals touched it). No other table,
 * mail and notifications included, changed on any refusal.
 */
const TABLES_REFUSALS_MAY_WRITE = ['session'];

interface Problem {
  route: string;
  what: string;
  status: number;
  problem: string;
  body: string;
}

/**
 * Hostile requests to every route the OpenAPI document lists, signed in as the admin with a CSRF
 * token: no answer may be a 500, every refusal is an ApiError that says what is wrong, and a
 * refused request changes no table.
 */
describe('fuzzing every route of the OpenAPI document', () => {
  let app: INestApplication;
  let config: AppConfig;
  let admin: ApiClient;
  let anonymous: ApiClient;
  let targets: FuzzTargets;
  let checksums: TableChecksums;
  let operations: FuzzOperation[];

  beforeAll(async () => {
    ({ app, config } = await createApp());
    admin = await ApiClient.signedIn(app, demo.admin);
    anonymous = new ApiClient(app);
    await anonymous.refreshSession();
    const document: OpenApiDocument = (await admin.get('/api/docs/openapi.json').expect(200)).body;
    // The public page lives outside the document (it is HTML for people), but takes a query too.
    operations = [
      ...operationsOf(document),
      {
        method: 'get',
        path: '/public-projects',
        pathParams: [],
        queryParams: [{ name: 'lang', schema: { type: 'string' } }],
      },
    ];
    targets = await FuzzTargets.gather(admin, demo.viewer);
    checksums = await TableChecksums.connect(config.databaseUrl, TABLES_REFUSALS_MAY_WRITE);
  });

  afterAll(async () => {
    await checksums?.close();
    await app?.close();
  });

  it('answers thousands of hostile requests with a clear 4xx, never a 500, changing nothing it refuses', async () => {
    const writes = operations.filter((o) => o.method !== 'get');
    expect(writes.length).toBeGreaterThan(30);
    // Deletes last, so the records they take away are there for every other route first.
    const ordered = [...operations].sort(
      (a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'),
    );
    const problems: Problem[] = [];
    let sent = 0;
    let before = await checksums.now();
    const started = Date.now();

    for (const [turn, operation] of ordered.entries()) {
      const route = `${operation.method.toUpperCase()} ${operation.path}`;
      const client = ANONYMOUS_ROUTES.includes(operation.path) ? anonymous : admin;
      let base: Record<string, unknown> | undefined;
      for (const payload of payloadsFor(operation, targets, turn)) {
        base ??= await baseBody(operation);
        const response = await send(client, operation, payload, base);
        sent++;
        const problem = problemOf(response.status, response.body, response.headers['content-type']);
        if (response.status >= 400) {
          const after = await checksums.now();
          const changed = changedTables(before, after);
          if (changed.length > 0) {
            problems.push(report(route, payload, response, `refused, yet changed ${changed.join(', ')}`));
            before = after;
          }
        } else {
          before = await checksums.now();
          base = undefined; // the record's version moved on
        }
        if (problem) problems.push(report(route, payload, response, problem));
      }
    }

    console.log(
      `fuzz: ${sent} hostile requests to ${operations.length} operations in ${Date.now() - started} ms; ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2000);
  }, 300_000);

  /** The route's required fields with accepted values: the record's own where it exists. */
  async function baseBody(operation: FuzzOperation): Promise<Record<string, unknown>> {
    if (!operation.body) return {};
    const current = await targets.current(operation.path);
    const base = targets.objectExample(operation.body);
    for (const name of Object.keys(base)) if (current && name in current) base[name] = current[name];
    return base;
  }

  function send(
    client: ApiClient,
    operation: FuzzOperation,
    payload: FuzzPayload,
    base: Record<string, unknown>,
  ) {
    const request = client.agent[operation.method](payload.url).set(CSRF_HEADER, client.csrfToken);
    if (!payload.body) return request;
    return request.set('content-type', payload.contentType ?? 'application/json').send(payload.body(base));
  }
});

/** What is wrong with an answer, or null: a 5xx, or a 4xx that is not an ApiError saying why. */
function problemOf(status: number, body: unknown, contentType: string | undefined): string | null {
  if (status >= 500) return `answered ${status}`;
  if (status < 400) return null;
  if (!contentType?.startsWith('application/json')) return `answered ${status} as ${contentType}, not JSON`;
  const error = body as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (error.statusCode !== status) return `statusCode ${String(error.statusCode)} in a ${status} answer`;
  if (typeof error.code !== 'string' || error.code === '') return 'no code';
  if (typeof error.message !== 'string' || error.message === '') return 'no message';
  return null;
}

function report(
  route: string,
  payload: FuzzPayload,
  response: { status: number; text?: string },
  problem: string,
): Problem {
  return {
    route,
    what: payload.what,
    status: response.status,
    problem,
    body: (response.text ?? '').slice(0, 300),
  };
}
