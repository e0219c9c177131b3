import { createHash, randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { migrations } from '@gp/api/data';
import type {
  CalendarFeed,
  CalendarFeedStatus,
  ChecklistItem,
  Deadline,
  DeadlinePage,
  Department,
  PlannedReminder,
  Project,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate, unique } from './support/application';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { insertDeadlines } from './support/many-deadlines';

describe('the calendar, its feed and the planned reminders', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let project: Project;
  let item: ChecklistItem;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    const social = departments.find((d) => d.name === 'Socialförvaltningen') as Department;
    const { call, programme } = await programmeWithTemplate(coordinator, []);
    project = await applicationTo(coordinator, social, programme, call);
    item = (
      await coordinator
        .post(`/api/projects/${project.id}/checklist`, {
          title: `Kalenderpunkt ${unique()}`,
          due: { kind: 'fixed', on: '2027-02-19' },
        })
        .expect(201)
    ).body;
  });

  afterAll(() => app.close());

  const dataSource = () => app.get(DataSource);
  const secretOf = (feed: CalendarFeed) => new URL(feed.url).pathname.replace(/^.*\/|\.ics$/g, '');

  it('lists the deadlines of a period, filtered like the board', async () => {
    const { items: february, nextCursor }: DeadlinePage = (
      await coordinator
        .get(`/api/deadlines?from=2027-02-01&to=2027-02-28&q=${encodeURIComponent(project.title)}`)
        .expect(200)
    ).body;
    expect(nextCursor).toBeNull();
    expect(february.map((d) => [d.kind, d.title, d.dueOn])).toEqual([
      ['checklist_item', item.title, '2027-02-19'],
    ]);
    const march: Deadline[] = (
      await coordinator.get(
        `/api/deadlines?from=2027-03-01&to=2027-03-31&q=${encodeURIComponent(project.title)}`,
      )
    ).body.items;
    expect(march.map((d) => [d.kind, d.dueOn, d.dueAt])).toEqual([
      ['call', '2027-03-05', '2027-03-05T11:00:00.000Z'],
    ]);
    await coordinator.get('/api/deadlines?from=1 mars').expect(422);

    // A department head sees their own department's deadlines only: this one is Social's.
    const head = await ApiClient.signedIn(app, demo.departmentHead);
    const theirs: DeadlinePage = (await head.get(`/api/deadlines?q=${encodeURIComponent(project.title)}`))
      .body;
    expect(theirs).toEqual({ items: [], nextCursor: null });
  });

  it('finds a project’s deadlines by a partner’s name, its programme’s name or its call’s title, as the board does', async () => {
    const partner = `Modena ${unique()}`;
    await coordinator
      .patch(`/api/projects/${project.id}`, {
        partners: [{ organisation: partner, country: 'IT', role: 'partner' }],
        version: ((await coordinator.get(`/api/projects/${project.id}`).expect(200)).body as Project).version,
      })
      .expect(200);
    const byPartner: Deadline[] = (
      await coordinator
        .get(`/api/deadlines?from=2027-02-01&to=2027-03-31&q=${encodeURIComponent(partner)}`)
        .expect(200)
    ).body.items;
    expect(byPartner.map((d) => [d.kind, d.dueOn])).toEqual([
      ['checklist_item', '2027-02-19'],
      ['call', '2027-03-05'],
    ]);
    const programmeName = (await coordinator.get(`/api/programmes/${project.programmeId}`).expect(200)).body
      .name;
    const byProgramme: Deadline[] = (
      await coordinator
        .get(`/api/deadlines?from=2027-02-01&to=2027-03-31&q=${encodeURIComponent(programmeName)}`)
        .expect(200)
    ).body.items;
    expect(byProgramme.filter((d) => d.projectId === project.id)).toHaveLength(2);
    const nothing: Deadline[] = (
      await coordinator.get(`/api/deadlines?q=${encodeURIComponent(`${partner} Bologna`)}`).expect(200)
    ).body.items;
    expect(nothing).toEqual([]);
  });

  it('plans each reminder at 08:00 on its day', async () => {
    const planned: PlannedReminder[] = (
      await coordinator.get(`/api/reminders/planned?projectId=${project.id}`).expect(200)
    ).body;
    const forItem = planned.filter((p) => p.title === item.title);
    expect(forItem.map((p) => [p.offsetDays, p.at])).toEqual([
      [30, '2027-01-20T07:00:00.000Z'],
      [14, '2027-02-05T07:00:00.000Z'],
      [7, '2027-02-12T07:00:00.000Z'],
      [3, '2027-02-16T07:00:00.000Z'],
      [1, '2027-02-18T07:00:00.000Z'],
      [-1, '2027-02-20T07:00:00.000Z'],
    ]);
  });

  it('serves a personal feed at a secret address that a renewal replaces', async () => {
    const feed: CalendarFeed = (await coordinator.post('/api/calendar/feed').expect(201)).body;
    const path = new URL(feed.url).pathname;
    expect(path).toMatch(/^\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    // A calendar program sends no cookie: the address is the key.
    const ics = await request(app.getHttpServer()).get(path).expect(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text).toContain(`SUMMARY:Punkt i checklistan: ${item.title}`);
    expect(ics.text).toContain('DTSTART;VALUE=DATE:20270219');
    expect(ics.text).toContain('DTSTART:20270305T110000Z');

    const renewed: CalendarFeed = (await coordinator.post('/api/calendar/feed').expect(201)).body;
    expect(renewed.url).not.toBe(feed.url);
    await request(app.getHttpServer()).get(path).expect(404);
    await request(app.getHttpServer()).get(new URL(renewed.url).pathname).expect(200);
    await request(app.getHttpServer()).get('/api/calendar/feed/not-a-token.ics').expect(404);
  });

  it('tells whether a feed exists, and since when, but never shows its address again', async () => {
    const viewer = await ApiClient.signedIn(app, demo.viewer);
    expect((await viewer.get('/api/calendar/feed').expect(200)).body).toEqual({
      exists: false,
      createdAt: null,
    });
    const made: CalendarFeed = (await viewer.post('/api/calendar/feed').expect(201)).body;
    const status: CalendarFeedStatus = (await viewer.get('/api/calendar/feed').expect(200)).body;
    expect(status).toEqual({ exists: true, createdAt: made.createdAt });
    expect(JSON.stringify(status)).not.toContain(secretOf(made));
  });

  it('stores a hash of the secret, not the secret', async () => {
    const made: CalendarFeed = (await coordinator.post('/api/calendar/feed').expect(201)).body;
    const secret = secretOf(made);
    const [row] = await dataSource().query(
      `SELECT calendar_token_hash AS stored FROM user_account WHERE email = $1`,
      [demo.coordinator],
    );
    expect(row.stored).not.toContain(secret);
    expect(row.stored).toBe(createHash('sha256').update(secret).digest('hex'));
    const found = await dataSource().query(
      `SELECT count(*)::int AS n FROM user_account WHERE calendar_token_hash = $1`,
      [secret],
    );
    expect(found[0].n).toBe(0);
  });

  it('keeps an address made before secrets were hashed working through the migration', async () => {
    const runner = dataSource().createQueryRunner();
    const HashedFeedTokens = migrations.find((m) => m.name === 'HashedFeedTokens1795600000000');
    if (!HashedFeedTokens) throw new Error('The HashedFeedTokens migration is not listed');
    const migration = new HashedFeedTokens();
    // The address as the earlier version made it: 24 random bytes, stored as they are.
    const oldSecret = randomBytes(24).toString('base64url');
    try {
      await migration.down(runner);
      await runner.query(`UPDATE user_account SET calendar_token = $1 WHERE email = $2`, [
        oldSecret,
        demo.projectLead,
      ]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [row] = await dataSource().query(
      `SELECT calendar_token_hash AS stored, calendar_token_created_at AS made FROM user_account WHERE email = $1`,
      [demo.projectLead],
    );
    expect(row.stored).not.toBe(oldSecret);
    expect(row.made).toBeNull();
    const ics = await request(app.getHttpServer()).get(`/api/calendar/feed/${oldSecret}.ics`).expect(200);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    const lead = await ApiClient.signedIn(app, demo.projectLead);
    expect((await lead.get('/api/calendar/feed').expect(200)).body).toEqual({
      exists: true,
      createdAt: null,
    });
    // Renewing ends the migrated address too.
    await lead.post('/api/calendar/feed').expect(201);
    await request(app.getHttpServer()).get(`/api/calendar/feed/${oldSecret}.ics`).expect(404);
  });

  it('downloads a project’s deadlines as an .ics file', async () => {
    const file = await coordinator.get(`/api/projects/${project.id}/calendar.ics`).expect(200);
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    // iCalendar folds long lines at 75 characters; unfolded, each entry links to the project.
    expect(file.text.replace(/\r\n /g, '')).toContain(
      `URL;VALUE=URI:http://localhost:3999/projects/${project.id}`,
    );
  });

  describe('a feed longer than any one read', () => {
    // Twice the 5,000 the feed used to stop at.
    const COUNT = 10_000;
    let many: Project;
    let inserted: string[];

    beforeAll(async () => {
      const departments: Department[] = (await coordinator.get('/api/departments')).body;
      many = (
        await coordinator
          .post('/api/projects', { title: `Mångårigt projekt ${unique()}`, departmentId: departments[0].id })
          .expect(201)
      ).body;
      inserted = await insertDeadlines(app, many.id, COUNT, { firstDay: '2032-01-01' });
    });

    const uids = (ics: string) =>
      ics.match(/^UID:.*$/gm)?.map((line) => line.slice(4).replace(/@projektdesken\r?$/, '')) ?? [];

    it('streams every open deadline into the personal feed', async () => {
      const feed: CalendarFeed = (await coordinator.post('/api/calendar/feed').expect(201)).body;
      const ics = await request(app.getHttpServer()).get(new URL(feed.url).pathname).expect(200);
      expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
      // Written as it is read: no length known up front.
      expect(ics.headers['content-length']).toBeUndefined();
      expect(ics.headers['transfer-encoding']).toBe('chunked');
      const text: string = ics.text;
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      const inFeed = uids(text);
      expect(new Set(inFeed).size).toBe(inFeed.length);
      const feedIds = new Set(inFeed);
      expect(inserted.filter((id) => !feedIds.has(id))).toEqual([]);
      expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(text.match(/^END:VEVENT\r$/gm)?.length ?? -1);
    });

    it('streams the whole project file, cancelled ones left out', async () => {
      await app
        .get(DataSource)
        .query(`UPDATE deadline SET status = 'cancelled' WHERE project_id = $1 AND right(title, 1) = '7'`, [
          many.id,
        ]);
      // A tenth cancelled: those ending in 7.
      const file = await coordinator.get(`/api/projects/${many.id}/calendar.ics`).expect(200);
      expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const inFile = uids(file.text);
      expect(inFile).toHaveLength(COUNT - COUNT / 10);
      expect(new Set(inFile).size).toBe(inFile.length);
      const unfolded = file.text.replace(/\r\n /g, '');
      expect(unfolded).not.toContain(': Deadline 17 –');
      expect(unfolded).toContain(': Deadline 9999 –');
    });
  });
});
