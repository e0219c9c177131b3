import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ROLES, type Role } from '@gp/domain';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { discoverRoutes, type DiscoveredRoute } from './support/route-access/discover-routes';
import { accessProblem, type CallerRoles } from './support/route-access/expected-answer';
import { EXPECTED_ACCESS, OUTSIDE_CONTROLLERS } from './support/route-access/expected-access';
import { CALLED_LAST, probeBody, probePath } from './support/route-access/probe-request';
import { servedRoutes } from './support/route-access/served-routes';
import { tableChecksums } from './support/route-access/table-checksums';
import { testConfig } from './support/test-environment';

const accountOf: Record<Role, string> = {
  admin: demo.admin,
  coordinator: demo.coordinator,
  department_head: demo.departmentHead,
  project_lead: demo.projectLead,
  viewer: demo.viewer,
};

interface Caller {
  name: Role | 'stranger';
  roles: CallerRoles;
  client: ApiClient;
}

/**
 * Who may call what, read from the routes' own @Public()/@Roles() and held against a reviewed
 * table (support/route-access/expected-access.ts), then tried: every route as every role and as a
 * stranger, each answer checked against the table.
 */
describe('the authorization matrix', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let routes: DiscoveredRoute[];
  const callers: Caller[] = [];

  beforeAll(async () => {
    ({ app } = await createApp());
    dataSource = app.get(DataSource);
    routes = discoverRoutes(app);
    for (const role of ROLES)
      callers.push({ name: role, roles: [role], client: await ApiClient.signedIn(app, accountOf[role]) });
    // A stranger holds a CSRF token, as the web app does before signing in, so that the access
    // guard, not the CSRF check, answers their writes.
    const stranger = new ApiClient(app);
    await stranger.refreshSession();
    callers.push({ name: 'stranger', roles: null, client: stranger });
  });

  afterAll(() => app.close());

  it('discovers every route Express serves outside the API documentation', () => {
    const served = servedRoutes(app).filter((key) => !OUTSIDE_CONTROLLERS.test(key));
    expect(routes.map((route) => route.key)).toEqual([...new Set(served)].sort((a, b) => a.localeCompare(b)));
  });

  it('has an entry for every route, no entry for a route that is gone, and each route’s access as its entry says', () => {
    const discovered = new Map(routes.map((route) => [route.key, route.access]));
    const withoutEntry = routes.filter((route) => !(route.key in EXPECTED_ACCESS)).map((route) => route.key);
    const named = new Set([...Object.keys(EXPECTED_ACCESS), ...Object.keys(CALLED_LAST)]);
    const gone = [...named].filter((key) => !discovered.has(key));
    const differing = routes
      .filter((route) => route.key in EXPECTED_ACCESS)
      .filter((route) => JSON.stringify(route.access) !== JSON.stringify(EXPECTED_ACCESS[route.key]))
      .map(
        (route) =>
          `${route.key}: declared ${JSON.stringify(route.access)}, table ${JSON.stringify(EXPECTED_ACCESS[route.key])}`,
      );

    expect({ withoutEntry, gone, differing }).toEqual({ withoutEntry: [], gone: [], differing: [] });
  });

  it('answers every route as its entry says to every role and to a stranger, and the calls change nothing', async () => {
    const before = await tableChecksums(dataSource);
    const problems: string[] = [];
    let calls = 0;

    const call = async (route: DiscoveredRoute, caller: Caller): Promise<void> => {
      const path = probePath(route.path);
      const body = probeBody(route.method);
      const response = await caller.client[methodOf(route)](path, body);
      calls++;
      const problem = accessProblem(EXPECTED_ACCESS[route.key] ?? route.access, caller.roles, {
        status: response.status,
        code: response.body?.code,
      });
      if (problem) problems.push(`${route.key} as ${caller.name}: ${problem}`);
      const wrote = body !== undefined && response.status < 300;
      if (wrote && !(route.key in CALLED_LAST))
        problems.push(
          `${route.key} as ${caller.name}: the probe was accepted (${response.status}); it may have changed data`,
        );
    };

    // One route at a time, all callers at once: each caller has a session of its own.
    for (const route of routes.filter((r) => !(r.key in CALLED_LAST)))
      await Promise.all(callers.map((caller) => call(route, caller)));
    const after = await tableChecksums(dataSource);

    // Last, in CALLED_LAST's order: these change the caller's own things even when probed.
    for (const caller of callers)
      for (const key of Object.keys(CALLED_LAST)) {
        const route = routes.find((r) => r.key === key);
        if (route) await call(route, caller); // a route that is gone fails the table's test
      }

    console.info(`Authorization matrix: ${routes.length} routes, ${callers.length} callers, ${calls} calls.`);
    expect(problems).toEqual([]);
    expect(after).toEqual(before);
  });

  it('finds a route that declares neither @Public() nor @Roles() closed to all, and so it is', async () => {
    @Controller('undeclared')
    class UndeclaredController {
      @Get()
      open(): string {
        return 'never served';
      }
    }
    const config = testConfig();
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register(config)],
      controllers: [UndeclaredController],
    }).compile();
    const withUndeclared = moduleRef.createNestApplication({ bodyParser: false, logger: false });
    configureApp(withUndeclared, config);
    await withUndeclared.init();
    try {
      const route = discoverRoutes(withUndeclared).find((r) => r.key === 'GET /api/undeclared');
      expect(route?.access).toEqual([]);

      const admin = await ApiClient.signedIn(withUndeclared, demo.admin);
      const stranger = new ApiClient(withUndeclared);
      for (const [client, roles] of [
        [admin, ['admin']],
        [stranger, null],
      ] as const) {
        const answer = await client.get('/api/undeclared');
        expect(accessProblem([], roles, { status: answer.status, code: answer.body.code })).toBeNull();
        expect(answer.body.code).toBe('route_not_open');
      }
    } finally {
      await withUndeclared.close();
    }
  });
});

function methodOf(route: DiscoveredRoute): 'get' | 'post' | 'put' | 'patch' | 'delete' {
  const method = route.method.toLowerCase();
  if (!['get', 'post', 'put', 'patch', 'delete'].includes(method))
    throw new Error(`The matrix cannot call ${route.key} yet: teach it ${route.method}.`);
  return method as 'get' | 'post' | 'put' | 'patch' | 'delete';
}
