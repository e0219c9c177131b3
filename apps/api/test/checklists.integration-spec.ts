import type { INestApplication } from '@nestjs/common';
import type {
  Board,
  ChecklistItem,
  ChecklistTemplateItem,
  Department,
  Project,
  ProjectActivity,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate } from './support/application';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { rowStamp } from './support/row-stamp';

describe('application checklists', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let education: Department;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
  });

  afterAll(() => app.close());

  it('keeps a programme’s template: add, edit under the version read, reorder, remove', async () => {
    const { programme, template } = await programmeWithTemplate(coordinator, [
      { title: 'PIC med validerad LEAR', due: { kind: 'before_deadline', days: 42 } },
      { title: 'Stödbrev', required: false },
    ]);
    expect(template.map((t) => [t.title, t.required, t.position])).toEqual([
      ['PIC med validerad LEAR', true, 0],
      ['Stödbrev', false, 1],
    ]);
    expect(template[0].due).toEqual({ kind: 'before_deadline', days: 42 });

    const edited: ChecklistTemplateItem = (
      await coordinator
        .patch(`/api/checklist-template-items/${template[1].id}`, {
          version: template[1].version,
          required: true,
          due: { kind: 'fixed', on: '2027-02-01' },
        })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ required: true, due: { kind: 'fixed', on: '2027-02-01' }, version: 2 });
    const stale = await coordinator
      .patch(`/api/checklist-template-items/${template[1].id}`, { version: 1, title: 'Gammal' })
      .expect(409);
    expect(stale.body.current).toEqual(edited);

    const reordered: ChecklistTemplateItem[] = (
      await coordinator
        .put(`/api/programmes/${programme.id}/checklist-template/order`, {
          ids: [template[1].id, template[0].id],
        })
        .expect(200)
    ).body;
    expect(reordered.map((t) => t.title)).toEqual(['Stödbrev', 'PIC med validerad LEAR']);
    // An order that leaves an item out is refused and changes nothing.
    await coordinator
      .put(`/api/programmes/${programme.id}/checklist-template/order`, { ids: [template[0].id] })
      .expect(409);

    await coordinator.delete(`/api/checklist-template-items/${template[1].id}`).expect(204);
    const left: ChecklistTemplateItem[] = (
      await coordinator.get(`/api/programmes/${programme.id}/checklist-template`).expect(200)
    ).body;
    expect(left.map((t) => t.title)).toEqual(['PIC med validerad LEAR']);
  });

  it('keeps the version of a template line edited to what it has; a stale version is still 409', async () => {
    const { template } = await programmeWithTemplate(coordinator, [
      { title: 'Partnerskapsavtal', required: false, due: { kind: 'before_deadline', days: 14 } },
    ]);
    const [line] = template;
    const stamp = await rowStamp(app, 'checklist_template_item', line.id);
    const path = `/api/checklist-template-items/${line.id}`;

    expect((await coordinator.patch(path, { version: 1 }).expect(200)).body).toEqual(line);
    const everyField = {
      version: 1,
      title: ` ${line.title} `,
      guidance: line.guidance,
      required: line.required,
      due: { days: 14, kind: 'before_deadline' },
    };
    expect((await coordinator.patch(path, everyField).expect(200)).body).toEqual(line);
    expect(await rowStamp(app, 'checklist_template_item', line.id)).toBe(stamp);

    const stale = await coordinator.patch(path, { version: 2 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', current: line });
    const changed = (await coordinator.patch(path, { ...everyField, due: null }).expect(200)).body;
    expect(changed).toMatchObject({ due: null, version: 2 });
  });

  it.each([
    [{ title: 'x' }, 'title'],
    [{ title: 'Budget', due: { kind: 'before_deadline', days: -1 } }, 'due'],
    [{ title: 'Budget', due: { kind: 'fixed', on: '1 mars' } }, 'due'],
    [{ title: 'Budget', due: { kind: 'someday' } }, 'due'],
    [{ title: 'Budget', required: 'ja' }, 'required'],
  ])('refuses a template line %j with a message at %s, and adds nothing', async (body, field) => {
    const { programme } = await programmeWithTemplate(coordinator, []);
    const response = await coordinator
      .post(`/api/programmes/${programme.id}/checklist-template`, body)
      .expect(422);
    expect(JSON.stringify(response.body.errors)).toContain(field);
    expect((await coordinator.get(`/api/programmes/${programme.id}/checklist-template`)).body).toEqual([]);
  });

  it('gives an application its programme’s checklist, with due days that follow the call deadline', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [
      { title: 'EU Login', due: { kind: 'before_deadline', days: 45 } },
      { title: 'Partnerdeklarationer', due: { kind: 'before_deadline', days: 14 } },
      { title: 'Stödbrev', required: false },
    ]);
    const project = await applicationTo(coordinator, education, programme, call);
    const items: ChecklistItem[] = (
      await coordinator.get(`/api/projects/${project.id}/checklist`).expect(200)
    ).body;
    // 12:00 Brussels on 5 March 2027 is 5 March in Stockholm.
    expect(items.map((i) => [i.title, i.required, i.dueOn])).toEqual([
      ['EU Login', true, '2027-01-19'],
      ['Partnerdeklarationer', true, '2027-02-19'],
      ['Stödbrev', false, null],
    ]);

    const moved = (
      await coordinator
        .patch(`/api/calls/${call.id}`, {
          title: call.title,
          opensOn: null,
          deadlineLocal: '2027-04-01T12:00',
          deadlineTimeZone: 'Europe/Brussels',
          maxGrantMinor: null,
          maxGrantCurrency: null,
          coFinancingRatePercent: null,
          link: null,
          version: call.version,
        })
        .expect(200)
    ).body;
    expect(moved.deadline).toBe('2027-04-01T10:00:00.000Z');
    const after: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    expect(after.map((i) => i.dueOn)).toEqual(['2027-02-15', '2027-03-18', null]);
  });

  it('gives the checklist once: an application that goes back and forth keeps its own items', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [{ title: 'Budget' }]);
    const project = await applicationTo(coordinator, education, programme, call);
    const [item]: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    await coordinator
      .patch(`/api/checklist-items/${item.id}`, { version: item.version, title: 'Budget i euro' })
      .expect(200);
    const back: Project = (
      await coordinator
        .post(`/api/projects/${project.id}/moves`, { to: 'idea', version: project.version })
        .expect(201)
    ).body;
    await coordinator
      .post(`/api/projects/${project.id}/moves`, { to: 'application', version: back.version })
      .expect(201);
    const items: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    expect(items.map((i) => i.title)).toEqual(['Budget i euro']);
  });

  it('holds a submission back until the required items are ticked, and records who ticked them', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [
      { title: 'Mandat från partner' },
      { title: 'Nämndbeslut' },
      { title: 'Stödbrev', required: false },
    ]);
    const project = await applicationTo(coordinator, education, programme, call);
    const items: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;

    const refused = await coordinator
      .post(`/api/projects/${project.id}/moves`, { to: 'decision', version: project.version })
      .expect(422);
    expect(refused.body.reasons).toEqual([
      expect.objectContaining({
        code: 'checklist_incomplete',
        message: '0 av 2 obligatoriska punkter i checklistan är klara.',
      }),
    ]);

    const ticked: ChecklistItem = (
      await coordinator
        .patch(`/api/checklist-items/${items[0].id}`, { done: true, version: items[0].version })
        .expect(200)
    ).body;
    expect(ticked).toMatchObject({ doneByName: 'Maja Lindqvist', version: items[0].version + 1 });
    expect(Date.now() - Date.parse(ticked.doneAt as string)).toBeLessThan(60_000);
    // Someone ticking from an old page gets the item as it is now, not a silent overwrite.
    const stale = await coordinator
      .patch(`/api/checklist-items/${items[0].id}`, { done: false, version: items[0].version })
      .expect(409);
    expect(stale.body.current).toEqual(ticked);

    const stillRefused = await coordinator
      .post(`/api/projects/${project.id}/moves`, { to: 'decision', version: project.version })
      .expect(422);
    expect(stillRefused.body.reasons[0].params).toEqual({ done: 1, required: 2 });

    await coordinator
      .patch(`/api/checklist-items/${items[1].id}`, { done: true, version: items[1].version })
      .expect(200);
    const submitted: Project = (
      await coordinator
        .post(`/api/projects/${project.id}/moves`, { to: 'decision', version: project.version })
        .expect(201)
    ).body;
    expect(submitted.stage).toBe('decision');

    const activity: ProjectActivity[] = (
      await coordinator.get(`/api/projects/${project.id}/activity`).expect(200)
    ).body;
    expect(activity.map((a) => [a.kind, a.subject, a.actorName])).toEqual([
      ['checklist_item_done', 'Nämndbeslut', 'Maja Lindqvist'],
      ['checklist_item_done', 'Mandat från partner', 'Maja Lindqvist'],
      ['checklist_created', '3', 'Maja Lindqvist'],
    ]);
  });

  it('shows the checklist’s progress on the board card, with overdue items', async () => {
    // A deadline already past: every item due before it is overdue.
    const { call, programme } = await programmeWithTemplate(
      coordinator,
      [
        { title: 'Mandat', due: { kind: 'before_deadline', days: 3 } },
        { title: 'Budget' },
        { title: 'Stödbrev', required: false },
      ],
      '2026-01-15T12:00',
    );
    const project = await applicationTo(coordinator, education, programme, call);
    const items: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    await coordinator
      .patch(`/api/checklist-items/${items[1].id}`, { done: true, version: items[1].version })
      .expect(200);
    const board: Board = (
      await coordinator.get(`/api/board?q=${encodeURIComponent(project.title)}`).expect(200)
    ).body;
    const card = board.columns.flatMap((c) => c.cards).find((c) => c.id === project.id);
    expect(card?.checklist).toEqual({ total: 3, done: 1, required: 2, requiredDone: 1, overdue: 1 });
  });

  it('adds, edits, assigns, reorders and removes an application’s own items', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [{ title: 'Budget' }]);
    const project = await applicationTo(coordinator, education, programme, call);
    const people: Array<{ id: string; name: string }> = (await coordinator.get('/api/people')).body;
    const jonas = people.find((p) => p.name === 'Jonas Ek') as { id: string };
    const added: ChecklistItem = (
      await coordinator
        .post(`/api/projects/${project.id}/checklist`, {
          title: 'Översättning av sammanfattningen',
          required: false,
          due: { kind: 'fixed', on: '2027-02-20' },
          assigneeId: jonas.id,
          comment: 'Engelska räcker',
        })
        .expect(201)
    ).body;
    expect(added).toMatchObject({
      position: 1,
      dueOn: '2027-02-20',
      assigneeName: 'Jonas Ek',
      comment: 'Engelska räcker',
    });

    await coordinator
      .post(`/api/projects/${project.id}/checklist`, {
        title: 'Ok',
        assigneeId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(422);

    const items: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    const reordered: ChecklistItem[] = (
      await coordinator
        .put(`/api/projects/${project.id}/checklist/order`, { ids: [items[1].id, items[0].id] })
        .expect(200)
    ).body;
    expect(reordered.map((i) => i.title)).toEqual(['Översättning av sammanfattningen', 'Budget']);
    await coordinator.delete(`/api/checklist-items/${added.id}`).expect(204);
    expect((await coordinator.get(`/api/projects/${project.id}/checklist`)).body).toHaveLength(1);
  });

  it('keeps the version of an item edited to what it has, logging nothing; a tick is a change', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [{ title: 'Budget' }]);
    const project = await applicationTo(coordinator, education, programme, call);
    const people: Array<{ id: string; name: string }> = (await coordinator.get('/api/people')).body;
    const jonas = people.find((p) => p.name === 'Jonas Ek') as { id: string };
    const item: ChecklistItem = (
      await coordinator
        .post(`/api/projects/${project.id}/checklist`, {
          title: 'Intyg om moms',
          guidance: 'Från ekonomienheten',
          required: false,
          due: { kind: 'fixed', on: '2027-02-20' },
          assigneeId: jonas.id,
          comment: 'Begärt',
        })
        .expect(201)
    ).body;
    const activity = async () =>
      ((await coordinator.get(`/api/projects/${project.id}/activity`).expect(200)).body as ProjectActivity[])
        .length;
    const activityBefore = await activity();
    const stamp = await rowStamp(app, 'checklist_item', item.id);
    const path = `/api/checklist-items/${item.id}`;
    const everyField = {
      version: 1,
      title: item.title,
      guidance: item.guidance,
      required: item.required,
      due: item.due,
      assigneeId: item.assigneeId,
      comment: item.comment,
      done: false,
    };

    expect((await coordinator.patch(path, { version: 1 }).expect(200)).body).toEqual(item);
    expect((await coordinator.patch(path, everyField).expect(200)).body).toEqual(item);
    expect(await rowStamp(app, 'checklist_item', item.id)).toBe(stamp);
    expect(await activity()).toBe(activityBefore);
    const stale = await coordinator.patch(path, { version: 2 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', current: item });

    const ticked: ChecklistItem = (await coordinator.patch(path, { ...everyField, done: true }).expect(200))
      .body;
    expect(ticked).toMatchObject({ version: 2, doneByName: 'Maja Lindqvist' });
    expect(await activity()).toBe(activityBefore + 1);
    // Ticking what is ticked changes nothing: the first tick's time and the version stay.
    const again: ChecklistItem = (
      await coordinator.patch(path, { ...everyField, done: true, version: 2 }).expect(200)
    ).body;
    expect(again).toEqual(ticked);
    expect(await activity()).toBe(activityBefore + 1);
  });

  it('lets only those who edit the project change its checklist; readers read it', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [{ title: 'Budget' }]);
    // Jonas leads projects in Utbildning but not this one.
    const project = await applicationTo(coordinator, education, programme, call);
    const [item]: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    const lead = await ApiClient.signedIn(app, demo.projectLead);
    await lead.get(`/api/projects/${project.id}/checklist`).expect(200);
    await lead.patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version }).expect(403);
    await lead.post(`/api/projects/${project.id}/checklist`, { title: 'Eget' }).expect(403);

    const head = await ApiClient.signedIn(app, demo.departmentHead);
    await head.get(`/api/projects/${project.id}/checklist`).expect(200);
    const viewer = await ApiClient.signedIn(app, demo.viewer);
    await viewer.patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version }).expect(403);
    const [unchanged]: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`))
      .body;
    expect(unchanged.doneAt).toBeNull();

    // Once he leads it, he ticks it.
    await coordinator
      .patch(`/api/projects/${project.id}`, {
        version: project.version,
        projectLeadId: (
          (await coordinator.get('/api/people')).body as Array<{ id: string; name: string }>
        ).find((p) => p.name === 'Jonas Ek')?.id,
      })
      .expect(200);
    await lead.patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version }).expect(200);
  });

  it('gives the demo applications checklists from realistic templates', async () => {
    const programmes: Array<{ id: string; name: string }> = (await coordinator.get('/api/programmes')).body;
    const esf = programmes.find((p) => p.name === 'ESF+ Socialfonden') as { id: string };
    const esfTemplate: ChecklistTemplateItem[] = (
      await coordinator.get(`/api/programmes/${esf.id}/checklist-template`)
    ).body;
    expect(esfTemplate.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        'Missiv undertecknat av behörig företrädare',
        'Medfinansieringsintyg från varje medfinansiär',
      ]),
    );
    const board: Board = (await coordinator.get('/api/board').expect(200)).body;
    const applying = board.columns.find((c) => c.stage === 'application')?.cards ?? [];
    const fritidshem = applying.find((c) => c.title === 'Samarbetspartnerskap om inkluderande fritidshem');
    expect(fritidshem?.checklist?.total).toBeGreaterThan(5);
    expect(fritidshem?.checklist?.done).toBeGreaterThan(0);
    expect(fritidshem?.checklist?.done).toBeLessThan(fritidshem?.checklist?.total as number);
  });
});
