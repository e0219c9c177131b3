import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  addDays,
  dueRemindersJobId,
  REMINDERS_PREPARED_AHEAD_MS,
  reminderFirings,
  zonedDay,
  zonedWallTimeToInstant,
  type ChecklistItem,
  type Deadline,
  type Department,
  type NotificationLogPage,
  type Project,
} from '@gp/domain';
import { QueueName, type AppConfig } from '@gp/api/core';
import { ReminderQueue, ReminderRules } from '@gp/api/deadline-sync';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate } from './support/application';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

describe('deadline reminders through BullMQ', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let coordinator: ApiClient;
  let queue: Queue;
  let education: Department;
  let config: AppConfig;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    ({ app, config } = await createApp());
    worker = await createWorker({ smtpUrl });
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    queue = app.get<Queue>(getQueueToken(QueueName.Reminders));
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  /** An application with one checklist item, due a fixed day, assigned to Jonas Ek. */
  async function itemDeadline(
    dueOn = '2027-02-19',
  ): Promise<{ project: Project; item: ChecklistItem; deadline: Deadline }> {
    const { call, programme } = await programmeWithTemplate(coordinator, []);
    const project = await applicationTo(coordinator, education, programme, call);
    const people: Array<{ id: string; name: string }> = (await coordinator.get('/api/people')).body;
    const item: ChecklistItem = (
      await coordinator
        .post(`/api/projects/${project.id}/checklist`, {
          title: `Partnerdeklaration ${Date.now()}`,
          due: { kind: 'fixed', on: dueOn },
          assigneeId: people.find((p) => p.name === 'Jonas Ek')?.id,
        })
        .expect(201)
    ).body;
    const deadlines: Deadline[] = (await coordinator.get(`/api/projects/${project.id}/deadlines`)).body;
    return { project, item, deadline: deadlines.find((d) => d.sourceId === item.id) as Deadline };
  }

  /** When a reminder `offsetDays` before `dueOn` goes out: 08:00 in Stockholm. */
  const instantOf = (dueOn: string, offsetDays: number) =>
    reminderFirings(dueOn, [offsetDays], 'Europe/Stockholm', '08:00')[0].at;

  /** The reminders due at a deadline's reminder instant are claimed, as that instant's job does on its day. */
  const fire = (deadline: Deadline, offsetDays: number, dueOn = deadline.dueOn) =>
    queue.add(
      'remind',
      { at: instantOf(dueOn, offsetDays).toISOString() },
      { jobId: `now-${Date.now()}-${Math.random()}` },
    );

  it('schedules one job per instant at which reminders fall due within 48 hours, and none beyond', async () => {
    const inTwoDays = addDays(zonedDay(new Date(), 'Europe/Stockholm'), 2);
    await itemDeadline(inTwoDays);
    // The day before, 08:00 Stockholm time: tomorrow morning, within the horizon.
    const tomorrow = instantOf(inTwoDays, 1);
    const job = await queue.getJob(dueRemindersJobId(tomorrow));
    expect(job?.data).toEqual({ at: tomorrow.toISOString() });
    // It runs a little ahead, to have the emails ready to leave at the instant itself.
    expect((job?.timestamp ?? 0) + (job?.opts.delay ?? 0)).toBeCloseTo(
      tomorrow.getTime() - REMINDERS_PREPARED_AHEAD_MS,
      -3,
    );
    // A deadline months ahead has no job in Redis yet: it waits in PostgreSQL.
    await itemDeadline('2027-02-19');
    expect(await queue.getJob(dueRemindersJobId(instantOf('2027-02-19', 7)))).toBeUndefined();
  });

  it('sends a due reminder to the assignee exactly once, however often its job runs', async () => {
    const { item, deadline } = await itemDeadline();
    await fire(deadline, 1);
    await until(() => smtp.to(demo.projectLead).some((m) => (m.subject ?? '').includes(item.title)), {
      what: 'the reminder to Jonas Ek',
    });
    // The same reminder again: a retry, a second worker, a duplicate job.
    await fire(deadline, 1);
    await fire(deadline, 1);
    await drainedQueues(config);
    const mails = smtp.to(demo.projectLead).filter((m) => (m.subject ?? '').includes(item.title));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(
      `${(await coordinator.get(`/api/projects/${item.projectId}`)).body.title} · i morgon: Punkt i checklistan – ${item.title}`,
    );
    expect(mails[0].text).toContain('Sista dag: fredag 19 februari 2027 – i morgon');
    expect(mails[0].text).toContain(`/projects/${item.projectId}#checklist`);
    const rows = await app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM notification WHERE deadline_id = $1', [deadline.id]);
    expect(rows[0].n).toBe(1);

    // The notification log shows it, with its email's state, to the coordinator and to Jonas.
    const entryFor = async (client: ApiClient) =>
      (
        (await client.get(`/api/notifications?projectId=${item.projectId}`).expect(200))
          .body as NotificationLogPage
      ).items;
    await until(async () => (await entryFor(coordinator))[0]?.status === 'sent', {
      what: 'the notification log to show the email sent',
    });
    expect(
      (await entryFor(coordinator)).map((e) => [e.recipientName, e.deadlineTitle, e.offsetDays, e.dueOn]),
    ).toEqual([['Jonas Ek', item.title, 1, '2027-02-19']]);
    expect(await entryFor(await ApiClient.signedIn(app, demo.projectLead))).toHaveLength(1);
    expect(await entryFor(await ApiClient.signedIn(app, demo.viewer))).toEqual([]);
  });

  it('sends nothing for a deadline done or moved after its reminder was scheduled', async () => {
    const { item, deadline } = await itemDeadline();
    await coordinator
      .patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version })
      .expect(200);
    // Done: its reminder's instant comes, and finds it done.
    await fire(deadline, 1);

    const other = await itemDeadline();
    await coordinator
      .patch(`/api/checklist-items/${other.item.id}`, {
        due: { kind: 'fixed', on: '2027-03-01' },
        version: other.item.version,
      })
      .expect(200);
    // The old day's instant comes: the deadline moved, so nothing is sent.
    await fire(other.deadline, 1, '2027-02-19');
    // A reminder that does apply, fired after them: once it has arrived, the others had their turn.
    const control = await itemDeadline();
    await fire(control.deadline, 1);
    await until(() => smtp.received.some((m) => (m.subject ?? '').includes(control.item.title)), {
      what: 'the control reminder',
    });
    await drainedQueues(config);
    const titles = [item.title, other.item.title];
    expect(smtp.received.filter((m) => titles.some((t) => (m.subject ?? '').includes(t)))).toEqual([]);
  });

  it('puts back the jobs Redis lost, when the reconciler runs', async () => {
    const inTwoDays = addDays(zonedDay(new Date(), 'Europe/Stockholm'), 2);
    const { deadline } = await itemDeadline(inTwoDays);
    const id = dueRemindersJobId(instantOf(inTwoDays, 1));
    // As if Redis restarted without its data.
    await queue.remove(id);
    expect(await queue.getJob(id)).toBeUndefined();
    await queue.add('reconcile', {}, { jobId: `reconcile-now-${Date.now()}` });
    await until(async () => (await queue.getJob(id)) !== undefined, {
      what: "the reconciler to put the instant of tomorrow's reminders back",
    });
    // Scheduling again adds no second copy.
    const before = await queue.getDelayedCount();
    await app
      .get(ReminderQueue)
      .schedule(
        [{ kind: deadline.kind, dueOn: deadline.dueOn, status: 'open' }],
        await app.get(ReminderRules).plan(),
      );
    expect(await queue.getDelayedCount()).toBe(before);
  });

  it('takes out the jobs of an earlier send time and of earlier versions when it reconciles', async () => {
    // Tomorrow at 07:00: the send time was 07:00 before it became 08:00.
    const earlier = zonedWallTimeToInstant(
      `${addDays(zonedDay(new Date(), 'Europe/Stockholm'), 1)}T07:00`,
      'Europe/Stockholm',
    ) as Date;
    const stale = dueRemindersJobId(earlier);
    await queue.add(
      'remind',
      { at: earlier.toISOString() },
      { jobId: stale, delay: earlier.getTime() - Date.now() },
    );
    // One reminder of one deadline, as versions before the batches scheduled them.
    const old = `reminder_${crypto.randomUUID()}_7_2027-01-08`;
    await queue.add(
      'remind',
      { deadlineId: 'x', offsetDays: 7, dueOn: '2027-01-08' },
      { jobId: old, delay: 86_400_000 },
    );
    expect(await queue.getJob(stale)).toBeDefined();
    await queue.add('reconcile', {}, { jobId: `reconcile-tidy-${Date.now()}` });
    await until(async () => !(await queue.getJob(stale)) && !(await queue.getJob(old)), {
      what: 'the reconciler to take out the stale jobs',
    });
  });

  it('gathers a department head’s earlier reminders into one daily digest, sent once', async () => {
    const head = await ApiClient.signedIn(app, demo.departmentHead);
    expect((await head.get('/api/reminders/preferences').expect(200)).body).toMatchObject({
      delivery: 'mixed',
      isDefault: true,
    });
    const { call, programme } = await programmeWithTemplate(coordinator, []);
    const project = await applicationTo(coordinator, education, programme, call);
    await coordinator
      .post(`/api/projects/${project.id}/co-funding-requests`, {
        departmentId: education.id,
        currency: 'SEK',
        years: [{ year: 2027, cashMinor: 100_000, inKindMinor: 0 }],
        justification: '',
      })
      .expect(201);
    const deadlines: Deadline[] = (await coordinator.get(`/api/projects/${project.id}/deadlines`)).body;
    const coFunding = deadlines.find((d) => d.kind === 'co_funding') as Deadline;
    await fire(coFunding, 3);
    const dataSource = app.get(DataSource);
    await until(
      async () =>
        (
          await dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE deadline_id = $1`, [
            coFunding.id,
          ])
        )[0].n === 1,
      { what: 'the co-funding reminder to be gathered for the digest' },
    );
    // Gathered, not sent at once.
    await drainedQueues(config);
    // The request's own email came at once; no reminder email did.
    expect(
      smtp.to(demo.departmentHead).filter((m) => (m.subject ?? '').startsWith(`${project.title} · `)),
    ).toEqual([]);

    await queue.add('digest', {} as never, { jobId: `digest-now-${Date.now()}` });
    await until(
      () => smtp.to(demo.departmentHead).some((m) => (m.subject ?? '').startsWith('Dagens påminnelser')),
      { what: 'the daily digest to the department head' },
    );
    const [digest] = smtp
      .to(demo.departmentHead)
      .filter((m) => (m.subject ?? '').startsWith('Dagens påminnelser'));
    expect(digest.text).toContain(`${project.title} – Beslut om medfinansiering: Utbildningsförvaltningen`);
    expect(digest.text).toContain('/approvals?request=');
    // The digest job again, as a retry would: its rows are gathered already, so nothing more is sent.
    await queue.add('digest', {} as never, { jobId: `digest-again-${Date.now()}` });
    await drainedQueues(config);
    expect(
      smtp.to(demo.departmentHead).filter((m) => (m.subject ?? '').startsWith('Dagens påminnelser')),
    ).toHaveLength(1);

    // Choosing immediate emails, and going back to the default.
    expect(
      (await head.put('/api/reminders/preferences', { delivery: 'immediate' }).expect(200)).body,
    ).toMatchObject({
      delivery: 'immediate',
      isDefault: false,
    });
    await head.put('/api/reminders/preferences', { delivery: 'weekly' }).expect(422);
    expect(
      (await head.put('/api/reminders/preferences', { delivery: null }).expect(200)).body.isDefault,
    ).toBe(true);
  });

  it('sends nothing about a project the person muted', async () => {
    const { project, item, deadline } = await itemDeadline();
    const lead = await ApiClient.signedIn(app, demo.projectLead);
    await lead.put(`/api/projects/${project.id}/mute`).expect(204);
    expect((await lead.get('/api/reminders/preferences')).body.mutedProjectIds).toContain(project.id);
    await fire(deadline, 1);
    const control = await itemDeadline();
    await fire(control.deadline, 1);
    await until(() => smtp.received.some((m) => (m.subject ?? '').includes(control.item.title)), {
      what: 'the control reminder',
    });
    await drainedQueues(config);
    expect(smtp.received.filter((m) => (m.subject ?? '').includes(item.title))).toEqual([]);
    await lead.delete(`/api/projects/${project.id}/mute`).expect(204);
  });
});
