import type { INestApplication } from '@nestjs/common';
import type { Department, UserAccount } from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { rowStamp } from './support/row-stamp';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe('admin: users and departments', () => {
  let app: INestApplication;
  let admin: ApiClient;
  let departments: Department[];

  beforeAll(async () => {
    ({ app } = await createApp());
    admin = await ApiClient.signedIn(app, demo.admin);
    departments = (await admin.get('/api/departments').expect(200)).body;
  });

  afterAll(() => app.close());

  describe('departments', () => {
    it('lists the demo departments in name order to every signed-in person', async () => {
      const viewer = await ApiClient.signedIn(app, demo.viewer);
      const names = (await viewer.get('/api/departments').expect(200)).body.map((d: Department) => d.name);
      expect(names).toEqual(expect.arrayContaining(['Utbildningsförvaltningen', 'Socialförvaltningen']));
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    });

    it('creates one, trims its name, and refuses the same name twice', async () => {
      const name = `Näringslivsavdelningen ${unique()}`;
      const created = (await admin.post('/api/departments', { name: `  ${name} ` }).expect(201)).body;
      expect(created).toMatchObject({ name, version: 1 });
      const again = await admin.post('/api/departments', { name }).expect(409);
      expect(again.body.code).toBe('name_taken');
    });

    it('refuses an empty name and unknown fields with 422, creating nothing', async () => {
      const before = (await admin.get('/api/departments')).body.length;
      const empty = await admin.post('/api/departments', { name: ' ' }).expect(422);
      expect(empty.body.errors.name).toBeDefined();
      const extra = await admin.post('/api/departments', { name: 'Ny förvaltning', budget: 5 }).expect(422);
      expect(extra.body.errors.budget).toEqual(['property budget should not exist']);
      expect((await admin.get('/api/departments')).body.length).toBe(before);
    });

    it('renames under the version seen, and answers a stale version with 409 and the current record', async () => {
      const created: Department = (
        await admin.post('/api/departments', { name: `Kulturskolan ${unique()}` }).expect(201)
      ).body;
      const renamed = (
        await admin
          .patch(`/api/departments/${created.id}`, { name: `${created.name} (ny)`, version: 1 })
          .expect(200)
      ).body;
      expect(renamed.version).toBe(2);

      const stale = await admin
        .patch(`/api/departments/${created.id}`, { name: 'Lost update', version: 1 })
        .expect(409);
      expect(stale.body.code).toBe('stale_version');
      expect(stale.body.current).toEqual(renamed);
      expect((await admin.get('/api/departments')).body.map((d: Department) => d.name)).not.toContain(
        'Lost update',
      );
    });

    it('keeps the version of a department renamed to the name it has; a stale version is still 409', async () => {
      const created: Department = (
        await admin.post('/api/departments', { name: `Stadsarkivet ${unique()}` }).expect(201)
      ).body;
      const stamp = await rowStamp(app, 'department', created.id);
      const same = (
        await admin.patch(`/api/departments/${created.id}`, { name: created.name, version: 1 }).expect(200)
      ).body;
      expect(same).toEqual(created);
      expect(await rowStamp(app, 'department', created.id)).toBe(stamp);

      const stale = await admin
        .patch(`/api/departments/${created.id}`, { name: created.name, version: 2 })
        .expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', current: created });

      const renamed = (
        await admin
          .patch(`/api/departments/${created.id}`, { name: `${created.name} (ny)`, version: 1 })
          .expect(200)
      ).body;
      expect(renamed.version).toBe(2);
    });

    it('answers 404 for a department that does not exist and 400 for an id that is not one', async () => {
      await admin
        .patch('/api/departments/00000000-0000-4000-8000-000000000000', { name: 'Ingen', version: 1 })
        .expect(404);
      await admin.patch('/api/departments/not-a-uuid', { name: 'Ingen', version: 1 }).expect(400);
    });
  });

  describe('users', () => {
    const input = () => ({
      email: `Anna.Berg.${unique()}@Kommun.se`,
      name: 'Anna Berg',
      password: 'ett långt lösenord',
      roles: ['project_lead', 'department_head'],
      departmentIds: [departments[0].id],
      language: 'sv',
    });

    it('creates a person who can then sign in with the first password', async () => {
      const body = input();
      const created: UserAccount = (await admin.post('/api/users', body).expect(201)).body;
      expect(created).toMatchObject({
        email: body.email.toLowerCase(),
        roles: ['project_lead', 'department_head'],
        departmentIds: [departments[0].id],
        active: true,
        version: 1,
      });
      expect(created).not.toHaveProperty('passwordHash');
      const session = (await new ApiClient(app).signIn(body.email, body.password)).body;
      expect(session.user.roles).toEqual(['project_lead', 'department_head']);
      const listed = (await admin.get('/api/users').expect(200)).body as UserAccount[];
      expect(listed.find((u) => u.id === created.id)).toEqual(created);
    });

    it('refuses the same address twice, whatever its case', async () => {
      const body = input();
      await admin.post('/api/users', body).expect(201);
      const again = await admin.post('/api/users', { ...body, email: body.email.toUpperCase() }).expect(409);
      expect(again.body.code).toBe('email_taken');
    });

    it.each([
      ['an unknown role', { roles: ['superuser'] }, 'roles'],
      ['a short password', { password: 'short' }, 'password'],
      ['a bad address', { email: 'anna.berg' }, 'email'],
      ['an unknown language', { language: 'de' }, 'language'],
      ['a department id that is not a uuid', { departmentIds: ['x'] }, 'departmentIds'],
      [
        'a department that does not exist',
        { departmentIds: ['00000000-0000-4000-8000-000000000000'] },
        'departmentIds',
      ],
    ])('refuses %s with 422 naming the field, creating nobody', async (_, change, field) => {
      const body = { ...input(), ...change };
      const response = await admin.post('/api/users', body).expect(422);
      expect(Object.keys(response.body.errors)).toContain(field);
      const listed = (await admin.get('/api/users')).body as UserAccount[];
      expect(listed.map((u) => u.email)).not.toContain(String(body.email).toLowerCase());
    });

    it('changes roles and departments under the version seen; a stale version gets 409 and changes nothing', async () => {
      const created: UserAccount = (await admin.post('/api/users', input()).expect(201)).body;
      const updated: UserAccount = (
        await admin
          .patch(`/api/users/${created.id}`, {
            version: 1,
            roles: ['viewer'],
            departmentIds: [departments[1].id, departments[2].id],
          })
          .expect(200)
      ).body;
      expect(updated.roles).toEqual(['viewer']);
      expect(updated.departmentIds).toEqual([departments[1].id, departments[2].id].sort());
      expect(updated.version).toBe(2);

      const stale = await admin
        .patch(`/api/users/${created.id}`, { version: 1, roles: ['admin'] })
        .expect(409);
      expect(stale.body.code).toBe('stale_version');
      expect(stale.body.current).toEqual(updated);
    });

    it('keeps the version of a person edited to what they have; departments alone are a change', async () => {
      const body = { ...input(), departmentIds: [departments[0].id, departments[1].id] };
      const created: UserAccount = (await admin.post('/api/users', body).expect(201)).body;
      const stamp = await rowStamp(app, 'user_account', created.id);

      const versionOnly = (await admin.patch(`/api/users/${created.id}`, { version: 1 }).expect(200)).body;
      expect(versionOnly).toEqual(created);
      const everyField: UserAccount = (
        await admin
          .patch(`/api/users/${created.id}`, {
            version: 1,
            name: created.name,
            // The same roles and departments in another order are the same sets.
            roles: [...created.roles].reverse(),
            departmentIds: [...created.departmentIds].reverse(),
            language: created.language,
            active: true,
          })
          .expect(200)
      ).body;
      expect(everyField).toEqual(created);
      expect(await rowStamp(app, 'user_account', created.id)).toBe(stamp);
      // Nothing ended the person's sessions either.
      expect((await new ApiClient(app).signIn(body.email, body.password)).status).toBe(200);

      const stale = await admin.patch(`/api/users/${created.id}`, { version: 2 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', current: created });

      const moved: UserAccount = (
        await admin
          .patch(`/api/users/${created.id}`, { version: 1, departmentIds: [departments[2].id] })
          .expect(200)
      ).body;
      expect(moved).toMatchObject({ departmentIds: [departments[2].id], version: 2 });
    });

    it('deactivates a person, who can then no longer sign in', async () => {
      const body = input();
      const created: UserAccount = (await admin.post('/api/users', body).expect(201)).body;
      await admin.patch(`/api/users/${created.id}`, { version: 1, active: false }).expect(200);
      expect((await new ApiClient(app).signIn(body.email, body.password)).status).toBe(401);
    });

    it('does not let an admin remove their own admin role or deactivate themselves', async () => {
      const me = (await admin.refreshSession()).user as { id: string };
      const current = ((await admin.get('/api/users')).body as UserAccount[]).find(
        (u) => u.id === me.id,
      ) as UserAccount;
      const demote = await admin
        .patch(`/api/users/${me.id}`, { version: current.version, roles: ['viewer'] })
        .expect(422);
      expect(demote.body.code).toBe('cannot_lock_out_self');
      await admin.patch(`/api/users/${me.id}`, { version: current.version, active: false }).expect(422);
      await admin.get('/api/users').expect(200);
    });

    it('lists active colleagues to everyone for choosing a project lead, without their addresses', async () => {
      const viewer = await ApiClient.signedIn(app, demo.viewer);
      const people = (await viewer.get('/api/people').expect(200)).body;
      expect(people.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['Jonas Ek', 'Maja Lindqvist']),
      );
      expect(JSON.stringify(people)).not.toContain('@');
    });

    it('refuses a string where a boolean belongs instead of guessing', async () => {
      const created: UserAccount = (await admin.post('/api/users', input()).expect(201)).body;
      const response = await admin
        .patch(`/api/users/${created.id}`, { version: 1, active: 'false' })
        .expect(422);
      expect(response.body.errors.active).toBeDefined();
    });
  });
});
