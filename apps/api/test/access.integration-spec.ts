import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { Role } from '@gp/domain';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { testConfig } from './support/test-environment';

type Access = 'public' | Role[];
const everyone: Role[] = ['admin', 'coordinator', 'department_head', 'project_lead', 'viewer'];
const unknownId = '00000000-0000-4000-8000-000000000000';
const editors: Role[] = ['admin', 'coordinator', 'project_lead'];
const route = (method: 'get' | 'post' | 'patch' | 'put' | 'delete', openApiPath: string, access: Access) => ({
  method,
  path: openApiPath.replace(/\{[^}]+\}/g, unknownId),
  openApiPath,
  access,
});

/** Who may call what. A route missing here fails the first test, so a new route must be placed in it. */
const routes: Array<{
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  openApiPath: string;
  access: Access;
}> = [
  { method: 'get', path: '/api/health', openApiPath: '/api/health', access: 'public' },
  { method: 'get', path: '/api/auth/session', openApiPath: '/api/auth/session', access: 'public' },
  { method: 'post', path: '/api/auth/sign-in', openApiPath: '/api/auth/sign-in', access: 'public' },
  { method: 'post', path: '/api/auth/sign-out', openApiPath: '/api/auth/sign-out', access: 'public' },
  { method: 'post', path: '/api/auth/password', openApiPath: '/api/auth/password', access: everyone },
  { method: 'patch', path: '/api/auth/profile', openApiPath: '/api/auth/profile', access: everyone },
  { method: 'get', path: '/api/departments', openApiPath: '/api/departments', access: everyone },
  { method: 'post', path: '/api/departments', openApiPath: '/api/departments', access: ['admin'] },
  {
    method: 'patch',
    path: `/api/departments/${unknownId}`,
    openApiPath: '/api/departments/{id}',
    access: ['admin'],
  },
  { method: 'get', path: '/api/users', openApiPath: '/api/users', access: ['admin'] },
  { method: 'post', path: '/api/users', openApiPath: '/api/users', access: ['admin'] },
  { method: 'patch', path: `/api/users/${unknownId}`, openApiPath: '/api/users/{id}', access: ['admin'] },
  { method: 'get', path: '/api/mail-log', openApiPath: '/api/mail-log', access: ['admin'] },
  { method: 'get', path: '/api/programmes', openApiPath: '/api/programmes', access: everyone },
  {
    method: 'get',
    path: `/api/programmes/${unknownId}`,
    openApiPath: '/api/programmes/{id}',
    access: everyone,
  },
  {
    method: 'post',
    path: '/api/programmes',
    openApiPath: '/api/programmes',
    access: ['admin', 'coordinator'],
  },
  {
    method: 'patch',
    path: `/api/programmes/${unknownId}`,
    openApiPath: '/api/programmes/{id}',
    access: ['admin', 'coordinator'],
  },
  {
    method: 'post',
    path: `/api/programmes/${unknownId}/calls`,
    openApiPath: '/api/programmes/{id}/calls',
    access: ['admin', 'coordinator'],
  },
  {
    method: 'patch',
    path: `/api/calls/${unknownId}`,
    openApiPath: '/api/calls/{id}',
    access: ['admin', 'coordinator'],
  },
  { method: 'post', path: '/api/mail-log/test', openApiPath: '/api/mail-log/test', access: ['admin'] },
  route('post', '/api/mail-log/{id}/resend', ['admin']),
  {
    method: 'post',
    path: '/api/projects',
    openApiPath: '/api/projects',
    access: ['admin', 'coordinator', 'project_lead'],
  },
  {
    method: 'get',
    path: `/api/projects/${unknownId}`,
    openApiPath: '/api/projects/{id}',
    access: everyone,
  },
  {
    method: 'patch',
    path: `/api/projects/${unknownId}`,
    openApiPath: '/api/projects/{id}',
    access: ['admin', 'coordinator', 'project_lead'],
  },
  {
    method: 'post',
    path: `/api/projects/${unknownId}/moves`,
    openApiPath: '/api/projects/{id}/moves',
    access: ['admin', 'coordinator', 'project_lead'],
  },
  {
    method: 'get',
    path: `/api/projects/${unknownId}/history`,
    openApiPath: '/api/projects/{id}/history',
    access: everyone,
  },
  { method: 'get', path: '/api/board', openApiPath: '/api/board', access: everyone },
  {
    method: 'post',
    path: `/api/projects/${unknownId}/copy-to-next-call`,
    openApiPath: '/api/projects/{id}/copy-to-next-call',
    access: ['admin', 'coordinator', 'project_lead'],
  },
  { method: 'get', path: '/api/people', openApiPath: '/api/people', access: everyone },
  { method: 'get', path: '/api/public/projects', openApiPath: '/api/public/projects', access: 'public' },
  route('get', '/api/programmes/{programmeId}/checklist-template', everyone),
  route('post', '/api/programmes/{programmeId}/checklist-template', ['admin', 'coordinator']),
  route('put', '/api/programmes/{programmeId}/checklist-template/order', ['admin', 'coordinator']),
  route('patch', '/api/checklist-template-items/{id}', ['admin', 'coordinator']),
  route('delete', '/api/checklist-template-items/{id}', ['admin', 'coordinator']),
  route('get', '/api/projects/{projectId}/checklist', everyone),
  route('post', '/api/projects/{projectId}/checklist', editors),
  route('put', '/api/projects/{projectId}/checklist/order', editors),
  route('patch', '/api/checklist-items/{id}', editors),
  route('delete', '/api/checklist-items/{id}', editors),
  route('get', '/api/projects/{projectId}/co-funding-requests', everyone),
  route('post', '/api/projects/{projectId}/co-funding-requests', editors),
  route('get', '/api/co-funding-requests', everyone),
  route('get', '/api/co-funding/commitments', everyone),
  route('get', '/api/co-funding-requests/{id}', everyone),
  route('patch', '/api/co-funding-requests/{id}', editors),
  route('post', '/api/co-funding-requests/{id}/withdraw', editors),
  route('post', '/api/co-funding-requests/{id}/decision', ['admin', 'department_head']),
  route('get', '/api/projects/{projectId}/activity', everyone),
  route('get', '/api/projects/{projectId}/deadlines', everyone),
  route('get', '/api/deadlines', everyone),
  route('get', '/api/reminders/planned', everyone),
  route('get', '/api/projects/{projectId}/calendar.ics', everyone),
  route('get', '/api/calendar/feed', everyone),
  route('post', '/api/calendar/feed', everyone),
  {
    method: 'get',
    path: '/api/calendar/feed/x.ics',
    openApiPath: '/api/calendar/feed/{file}',
    access: 'public',
  },
  route('get', '/api/notifications', everyone),
  route('get', '/api/reminders/preferences', everyone),
  route('put', '/api/reminders/preferences', everyone),
  route('get', '/api/reminders/send-time', everyone),
  route('get', '/api/reminders/rules', ['admin', 'coordinator']),
  {
    method: 'put',
    path: '/api/reminders/rules/interim_report',
    openApiPath: '/api/reminders/rules/{kind}',
    access: ['admin'],
  },
  route('put', '/api/projects/{projectId}/mute', everyone),
  route('delete', '/api/projects/{projectId}/mute', everyone),
];

const accountOf: Record<Role, string> = {
  admin: demo.admin,
  coordinator: demo.coordinator,
  department_head: demo.departmentHead,
  project_lead: demo.projectLead,
  viewer: demo.viewer,
};

describe('access to every route', () => {
  let app: INestApplication;
  const clients = {} as Record<Role, ApiClient>;

  beforeAll(async () => {
    ({ app } = await createApp());
    for (const role of everyone) clients[role] = await ApiClient.signedIn(app, accountOf[role]);
  });

  afterAll(() => app.close());

  it('lists every route the api has', async () => {
    const openApi = (await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200)).body;
    const served = Object.entries(openApi.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    expect(served.sort()).toEqual(routes.map((r) => `${r.method} ${r.openApiPath}`).sort());
  });

  describe.each(routes.filter((r) => r.access !== 'public'))('$method $path', (route) => {
    it('is refused with 401 to someone not signed in', async () => {
      const anonymous = new ApiClient(app);
      await anonymous.refreshSession();
      const response = await anonymous[route.method](route.path, {});
      expect(response.status).toBe(401);
    });

    it.each(everyone)('as %s', async (role) => {
      const response = await clients[role][route.method](route.path, {});
      if ((route.access as Role[]).includes(role)) expect([401, 403]).not.toContain(response.status);
      else expect(response.status).toBe(403);
    });
  });

  it('denies a route that declares neither @Roles nor @Public, even to an admin', async () => {
    @Controller('undeclared')
    class UndeclaredController {
      @Get()
      open(): string {
        return 'should never be served';
      }
    }
    const config = testConfig();
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register(config)],
      controllers: [UndeclaredController],
    }).compile();
    const bare = moduleRef.createNestApplication({ bodyParser: false, logger: false });
    configureApp(bare, config);
    await bare.init();
    try {
      const admin = await ApiClient.signedIn(bare, demo.admin);
      const response = await admin.get('/api/undeclared');
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('route_not_open');
    } finally {
      await bare.close();
    }
  });
});
