import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import {
  DEADLINE_KINDS,
  reminderFirings,
  type Deadline,
  type NotificationLogPage,
  type PlannedReminder,
  type Project,
  type ReminderRule,
} from '@gp/domain';
import { QueueName, type AppConfig } from '@gp/api/core';
import { ApiClient } from './support/api-client';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

const DEFAULT_DAYS = [30, 14, 7, 3, 1, -1];
const INTERIM_REPORT_ON = '2027-06-15';

describe('reminder rules per kind of deadline', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let admin: ApiClient;
  let coordinator: ApiClient;
  let queue: Queue;
  let project: Project;
  let report: Deadline;
  let config: AppConfig;

  const rules = async (): Promise<ReminderRule[]> =>
    (await admin.get('/api/reminders/rules').expect(200)).body;
  const interimRule = async () =>
    (await rules()).find((rule) => rule.kind === 'interim_report') as ReminderRule;
  /** The report's planned reminders, by days before. */
  const plannedDays = async () =>
    (
      (await coordinator.get(`/api/reminders/planned?projectId=${project.id}`).expect(200))
        .body as PlannedReminder[]
    )
      .filter((reminder) => reminder.deadlineId === report.id)
      .map((reminder) => reminder.offsetDays);

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    ({ app, config } = await createApp());
    worker = await createWorker({ smtpUrl });
    admin = await ApiClient.signedIn(app, demo.admin);
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    queue = app.get<Queue>(getQueueToken(QueueName.Reminders));

    // A running project of the demo, given an interim report date.
    const board = (await coordinator.get('/api/board?q=Milj%C3%B6pedagogik').expect(200)).body;
    const card = board.columns.flatMap((column: { cards: Array<{ id: string }> }) => column.cards)[0];
    const current: Project = (await coordinator.get(`/api/projects/${card.id}`).expect(200)).body;
    project = (
      await coordinator
        .patch(`/api/projects/${current.id}`, {
          version: current.version,
          interimReportOn: INTERIM_REPORT_ON,
        })
        .expect(200)
    ).body;
    const deadlines: Deadline[] = (await coordinator.get(`/api/projects/${project.id}/deadlines`).expect(200))
      .body;
    report = deadlines.find((deadline) => deadline.kind === 'interim_report') as Deadline;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  it('lists every kind of deadline on the defaults until an admin sets its own days', async () => {
    const all = await rules();
    expect(all.map((rule) => rule.kind)).toEqual([
      'call',
      'checklist_item',
      'co_funding',
      'co_funding_report',
      'co_funding_meeting',
      'interim_report',
      'final_report',
      'project_end',
    ]);
    for (const rule of all)
      expect(rule).toMatchObject({
        offsetsDays: DEFAULT_DAYS,
        isDefault: true,
        version: 0,
        updatedByName: null,
      });
    expect(await plannedDays()).toEqual(DEFAULT_DAYS);
    // Coordinators read the rules; only admins change them; others do not see them.
    expect((await coordinator.get('/api/reminders/rules').expect(200)).body).toHaveLength(DEADLINE_KINDS.length);
    await coordinator
      .put('/api/reminders/rules/interim_report', { offsetsDays: [7], version: 0 })
      .expect(403);
    await (await ApiClient.signedIn(app, demo.projectLead)).get('/api/reminders/rules').expect(403);
  });

  it('refuses wrong days with a message naming what is wrong, and changes nothing', async () => {
    const refused = async (body: object, status: number, message: RegExp, kind = 'interim_report') => {
      const response = await admin.put(`/api/reminders/rules/${kind}`, body).expect(status);
      expect(JSON.stringify(response.body)).toMatch(message);
    };
    await refused({ offsetsDays: [400], version: 0 }, 422, /from 365 days before to 30 days after/);
    await refused({ offsetsDays: [7, 1.5], version: 0 }, 422, /whole days/);
    await refused({ offsetsDays: ['7'], version: 0 }, 422, /whole days/);
    await refused({ offsetsDays: '7,3', version: 0 }, 422, /offsetsDays must be a list of whole days/);
    await refused({ offsetsDays: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], version: 0 }, 422, /at most 10/);
    await refused({ offsetsDays: [7] }, 422, /version must be a whole number/);
    await refused(
      { offsetsDays: [7], version: 0 },
      404,
      /no kind of deadline called \\"deadline_x\\"/,
      'deadline_x',
    );
    expect(await interimRule()).toMatchObject({ offsetsDays: DEFAULT_DAYS, isDefault: true, version: 0 });
    expect(await plannedDays()).toEqual(DEFAULT_DAYS);
  });

  it('plans the kind’s reminders by its new days when an admin changes them, and a dropped day sends nothing', async () => {
    const saved: ReminderRule = (
      await admin
        .put('/api/reminders/rules/interim_report', { offsetsDays: [60, 1, 1, -2], version: 0 })
        .expect(200)
    ).body;
    expect(saved).toMatchObject({
      kind: 'interim_report',
      offsetsDays: [60, 1, -2],
      isDefault: false,
      version: 1,
      updatedByName: 'Elin Andersson',
    });
    // Other kinds keep the defaults.
    expect(
      (await rules()).filter((rule) => rule.kind !== 'interim_report').every((rule) => rule.isDefault),
    ).toBe(true);

    // The planned reminders follow the rule.
    expect(await plannedDays()).toEqual([60, 1, -2]);

    // The dropped day's instant comes (its job left behind while Redis was away): nothing is due
    // then under the rule in force, so nothing is sent; a kept day's instant, after it, sends.
    const fire = (offsetDays: number) =>
      queue.add(
        'remind',
        { at: reminderFirings(INTERIM_REPORT_ON, [offsetDays], 'Europe/Stockholm')[0].at.toISOString() },
        { jobId: `rule-${offsetDays}-${Date.now()}` },
      );
    await fire(30);
    await fire(1);
    const sent = async () =>
      (
        (await coordinator.get(`/api/notifications?projectId=${project.id}`).expect(200))
          .body as NotificationLogPage
      ).items;
    await until(
      async () => (await sent()).length > 0 && (await sent()).every((entry) => entry.status === 'sent'),
      { what: 'the kept day’s reminders to be sent' },
    );
    await drainedQueues(config);
    const log = await sent();
    expect(new Set(log.map((entry) => entry.offsetDays))).toEqual(new Set([1]));
    const aboutReport = smtp.received.filter((mail) =>
      (mail.subject ?? '').startsWith(`${project.title} · `),
    );
    expect(aboutReport).toHaveLength(log.length);
    for (const mail of aboutReport) expect(mail.subject).toBe(`${project.title} · i morgon: Delrapport`);
  });

  it('refuses a change based on an old version with the rule as it is now', async () => {
    const stale = await admin
      .put('/api/reminders/rules/interim_report', { offsetsDays: [5], version: 0 })
      .expect(409);
    expect(stale.body.current).toMatchObject({ offsetsDays: [60, 1, -2], version: 1 });
    expect((await interimRule()).offsetsDays).toEqual([60, 1, -2]);
  });

  it('returns a kind to the defaults, and its reminders with it', async () => {
    const back: ReminderRule = (
      await admin.put('/api/reminders/rules/interim_report', { offsetsDays: null, version: 1 }).expect(200)
    ).body;
    expect(back).toMatchObject({ offsetsDays: DEFAULT_DAYS, isDefault: true, version: 0 });
    expect(await plannedDays()).toEqual(DEFAULT_DAYS);
  });
});
