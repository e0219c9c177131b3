import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zonedWallTime, type Deadline, type NotificationLogPage } from '@gp/domain';
import { demo, DEMO_PASSWORD } from './support/demo';
import { FetchClient, runNode, waitForHealthy, waitForOutput } from './support/processes';
import { freePort } from './support/redis-server';
import { drainedQueues } from './support/drained-queues';
import { testConfig } from './support/test-environment';
import { until } from './support/until';

const STOCKHOLM = 'Europe/Stockholm';

/**
 * Issue #5's "done when", on the embedded default exactly as `npm start` runs it (PGlite, emails
 * kept in the app), with the minutes test setting: a call closing two minutes ahead and a reminder
 * one minute before it give one email in the notification log at that minute, and the calendar
 * and the .ics feed show the deadline.
 */
describe('npm start on embedded defaults, with a reminder one minute before a deadline', () => {
  const config = testConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'gp-embedded-reminder-'));

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('puts one email in the notification log at the minute, and shows the deadline in the calendar and its feed', async () => {
    const port = await freePort();
    const desk = runNode('tools/launcher/start.mjs', {
      GP_DATA_DIR: dataDir,
      GP_SKIP_BUILD: '1',
      PORT: String(port),
      REDIS_URL: config.redisUrl,
      QUEUE_PREFIX: `${config.queuePrefix}-done`,
      REMINDER_OFFSETS_IN_MINUTES: 'on',
      REMINDER_OFFSETS_DAYS: '1',
    });
    try {
      await waitForHealthy(port);
      await waitForOutput(desk, 'is running at');
      expect(desk.output()).toContain('embedded PostgreSQL (PGlite)');
      const coordinator = new FetchClient(`http://127.0.0.1:${port}`);
      expect(
        (
          await coordinator.request('POST', '/api/auth/sign-in', {
            email: demo.coordinator,
            password: DEMO_PASSWORD,
          })
        ).status,
      ).toBe(200);

      // A call closing at a whole minute in Stockholm, its reminder (a minute before) at least 20 s
      // away: time enough to register the project first, and at most 80 s of waiting.
      const closes = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000 + 60_000);
      const programme = await coordinator.request('POST', '/api/programmes', {
        name: `Klarprogram ${Date.now()}`,
        funder: 'Europeiska kommissionen',
        kind: 'eu_direct',
        coFinancingRatePercent: 80,
        link: null,
        descriptionSv: 'Programmet för provet.',
        descriptionEn: 'The programme of the check.',
      });
      expect(programme.status).toBe(201);
      const call = await coordinator.request('POST', `/api/programmes/${programme.body.id}/calls`, {
        title: 'Utlysningen som stänger snart',
        opensOn: null,
        deadlineLocal: zonedWallTime(closes, STOCKHOLM),
        deadlineTimeZone: STOCKHOLM,
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: null,
        link: null,
      });
      expect(call.status).toBe(201);
      const departments = (await coordinator.request('GET', '/api/departments')).body;
      const idea = await coordinator.request('POST', '/api/projects', {
        title: `Påminnelseprovet ${Date.now()}`,
        departmentId: departments[0].id,
      });
      expect(idea.status).toBe(201);
      const planned = await coordinator.request('PATCH', `/api/projects/${idea.body.id}`, {
        version: idea.body.version,
        programmeId: programme.body.id,
        callId: call.body.id,
      });
      expect(planned.status).toBe(200);
      const applying = await coordinator.request('POST', `/api/projects/${idea.body.id}/moves`, {
        to: 'application',
        version: planned.body.version,
      });
      expect(applying.status).toBe(201);
      const project = applying.body;

      // The calendar shows the deadline, with its instant.
      const deadlines: Deadline[] = (
        await coordinator.request('GET', `/api/projects/${project.id}/deadlines`)
      ).body;
      expect(deadlines.map((d) => [d.kind, d.title, d.dueAt, d.status])).toEqual([
        ['call', 'Utlysningen som stänger snart', closes.toISOString(), 'open'],
      ]);
      const calendar: Deadline[] = (
        await coordinator.request('GET', `/api/deadlines?q=${encodeURIComponent(project.title)}`)
      ).body.items;
      expect(calendar.map((d) => d.id)).toEqual([deadlines[0].id]);

      // The personal feed, fetched as a calendar program does: no session, only the secret address.
      const feed = (await coordinator.request('POST', '/api/calendar/feed')).body as { url: string };
      const response = await fetch(feed.url.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${port}`));
      expect(response.status).toBe(200);
      // Long lines are folded (RFC 5545 §3.1); unfolded, the event names the project and the call.
      const ics = (await response.text()).replace(/\r\n[ \t]/g, '');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain(`UID:${deadlines[0].id}@projektdesken`);
      expect(ics).toContain(project.title);

      // The reminder is planned for one minute before the call closes.
      const reminderAt = closes.getTime() - 60_000;
      const plannedReminders = (
        await coordinator.request('GET', `/api/reminders/planned?projectId=${project.id}`)
      ).body;
      expect(plannedReminders.map((r: { at: string }) => r.at)).toEqual([new Date(reminderAt).toISOString()]);

      const log = async () =>
        (
          (await coordinator.request('GET', `/api/notifications?projectId=${project.id}`))
            .body as NotificationLogPage
        ).items;
      await until(log, {
        what: 'the reminder kept in the notification log',
        ok: (entries) => entries.some((entry) => entry.status === 'kept'),
        timeoutMs: reminderAt + 45_000 - Date.now(),
        everyMs: 500,
      });
      // A second email would be on its way while anything is left in the desk's queues. (Its
      // mail log is in the embedded PGlite, out of the test's reach: the notification log above
      // and below stands for it.)
      await drainedQueues({ redisUrl: config.redisUrl, queuePrefix: `${config.queuePrefix}-done` });

      const entries = await log();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        recipientEmail: demo.coordinator,
        deadlineKind: 'call',
        offsetDays: 1,
        status: 'kept',
      });
      const sentAt = Date.parse(entries[0].sentAt as string);
      expect(sentAt).toBeGreaterThanOrEqual(reminderAt);
      expect(sentAt - reminderAt).toBeLessThan(30_000);
      expect(Date.now()).toBeLessThan(closes.getTime() + 30_000);
    } finally {
      desk.child.kill('SIGTERM');
      await desk.exited;
    }
  }, 300_000);
});
