import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Department, Project, ProjectActivity, ProjectNote, ProjectNoteThread } from '@gp/domain';
import { DataSource } from 'typeorm';
import { ApiClient } from './support/api-client';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

describe('notes on a project', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let coordinator: ApiClient;
  let admin: ApiClient;
  let lead: ApiClient;
  let head: ApiClient;
  let otherLead: ApiClient;
  let viewer: ApiClient;
  let education: Department;
  let culture: Department;
  let people: Array<{ id: string; name: string }>;
  const idOf = (name: string) => people.find((p) => p.name === name)?.id as string;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    ({ app } = await createApp());
    worker = await createWorker({ smtpUrl });
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    admin = await ApiClient.signedIn(app, demo.admin);
    lead = await ApiClient.signedIn(app, demo.projectLead);
    head = await ApiClient.signedIn(app, demo.departmentHead);
    otherLead = await ApiClient.signedIn(app, 'prosjektleder@demo.kommun.se');
    viewer = await ApiClient.signedIn(app, demo.viewer);
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
    culture = departments.find((d) => d.name === 'Kultur- och fritidsförvaltningen') as Department;
    people = (await coordinator.get('/api/people').expect(200)).body;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  let serial = 0;
  /** A project of a department led by Jonas Ek (project lead in Utbildningsförvaltningen) unless said. */
  async function projectOf(department: Department, leadName: string | null = 'Jonas Ek'): Promise<Project> {
    const title = `Anteckningar ${Date.now()} ${++serial}`;
    const idea: Project = (
      await coordinator.post('/api/projects', { title, departmentId: department.id }).expect(201)
    ).body;
    if (!leadName) return idea;
    return (
      await coordinator
        .patch(`/api/projects/${idea.id}`, { version: idea.version, projectLeadId: idOf(leadName) })
        .expect(200)
    ).body;
  }

  const notesPath = (project: Project) => `/api/projects/${project.id}/notes`;
  const thread = async (client: ApiClient, project: Project): Promise<ProjectNoteThread> =>
    (await client.get(notesPath(project)).expect(200)).body;
  const mailsAbout = (address: string, title: string) =>
    smtp.to(address).filter((m) => (m.subject ?? '').includes(title));
  const mailTo = (address: string, title: string) =>
    until(() => mailsAbout(address, title), {
      what: `an email to ${address}`,
      ok: (mails) => mails.length > 0,
    });
  const loggedMentions = async (title: string): Promise<Array<{ recipient: string; kind: string }>> =>
    app
      .get(DataSource)
      .query(
        `SELECT recipient, kind FROM mail_log WHERE kind = 'note_mention' AND subject LIKE '%' || $1 ORDER BY recipient`,
        [title],
      );

  it('emails each mentioned person a link once, through the outbox; an edit emails only the newly mentioned', async () => {
    const project = await projectOf(education);
    const note: ProjectNote = (
      await coordinator
        .post(notesPath(project), {
          text: '@Jonas Ek och @Karin Holm: partnerintyget från Modena har kommit. @Jonas Ek, ladda upp det.',
          mentionIds: [idOf('Jonas Ek'), idOf('Karin Holm')],
        })
        .expect(201)
    ).body;
    expect(note).toMatchObject({
      authorName: 'Maja Lindqvist',
      editedAt: null,
      mentions: [
        { id: idOf('Jonas Ek'), name: 'Jonas Ek' },
        { id: idOf('Karin Holm'), name: 'Karin Holm' },
      ],
    });

    const [toLead] = await mailTo(demo.projectLead, project.title);
    await mailTo(demo.departmentHead, project.title);
    expect(toLead.subject).toBe(`Maja Lindqvist nämnde dig i en anteckning: ${project.title}`);
    expect(toLead.text).toContain(`/projects/${project.id}`);
    expect(toLead.text).toContain('partnerintyget från Modena');
    expect(mailsAbout(demo.coordinator, project.title)).toEqual([]);
    expect(await loggedMentions(project.title)).toEqual([
      { recipient: demo.departmentHead, kind: 'note_mention' },
      { recipient: demo.projectLead, kind: 'note_mention' },
    ]);

    // Adding the viewer (who reads every project) emails her alone, in her language.
    const edited: ProjectNote = (
      await coordinator
        .patch(`${notesPath(project)}/${note.id}`, {
          text: '@Jonas Ek, @Karin Holm och @Sofia Berg: intyget har kommit.',
          mentionIds: [idOf('Jonas Ek'), idOf('Karin Holm'), idOf('Sofia Berg')],
          version: note.version,
        })
        .expect(200)
    ).body;
    expect(edited.editedAt).not.toBeNull();
    const [toViewer] = await mailTo(demo.viewer, project.title);
    expect(toViewer.subject).toBe(`Maja Lindqvist mentioned you in a note: ${project.title}`);

    // Dropping Jonas and naming him again later tells him nothing new.
    await coordinator
      .patch(`${notesPath(project)}/${note.id}`, {
        text: 'Intyget har kommit.',
        mentionIds: [],
        version: edited.version,
      })
      .expect(200);
    await coordinator
      .patch(`${notesPath(project)}/${note.id}`, {
        text: 'Igen, @Jonas Ek.',
        mentionIds: [idOf('Jonas Ek')],
        version: edited.version + 1,
      })
      .expect(200);
    // A second note is a new message: he hears of it.
    await lead
      .post(notesPath(project), { text: 'Tack @Maja Lindqvist!', mentionIds: [idOf('Maja Lindqvist')] })
      .expect(201);
    await mailTo(demo.coordinator, project.title);
    await until(() => loggedMentions(project.title), {
      what: 'every mention email logged',
      ok: (rows) => rows.length === 4,
    });
    expect(await loggedMentions(project.title)).toEqual(
      [
        { recipient: demo.departmentHead, kind: 'note_mention' },
        { recipient: demo.viewer, kind: 'note_mention' },
        { recipient: demo.projectLead, kind: 'note_mention' },
        { recipient: demo.coordinator, kind: 'note_mention' },
      ].sort((a, b) => a.recipient.localeCompare(b.recipient)),
    );
    expect(mailsAbout(demo.projectLead, project.title)).toHaveLength(1);
  });

  it('refuses a mention of someone who cannot read the project, naming them, and saves nothing', async () => {
    const project = await projectOf(education);
    const response = await coordinator
      .post(notesPath(project), {
        text: 'Kan @Ingrid Nilsen hjälpa till?',
        mentionIds: [idOf('Ingrid Nilsen')],
      })
      .expect(422);
    expect(response.body.errors.mentionIds.join(' ')).toContain('Ingrid Nilsen cannot read this project');
    expect((await thread(coordinator, project)).notes).toEqual([]);
    // The picker offers only the people who read it.
    const offered = (await thread(coordinator, project)).mentionable;
    expect(offered.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Jonas Ek', 'Karin Holm', 'Maja Lindqvist', 'Sofia Berg', 'Elin Andersson']),
    );
    expect(offered.map((p) => p.name)).not.toContain('Ingrid Nilsen');
    expect(await loggedMentions(project.title)).toEqual([]);
  });

  it('offers as mentionable exactly the people who open the project', async () => {
    for (const project of [
      await projectOf(education),
      await projectOf(culture, 'Ingrid Nilsen'),
      await projectOf(culture, null),
    ]) {
      const offered = (await thread(coordinator, project)).mentionable;
      const clients: Record<string, ApiClient> = {
        'Elin Andersson': admin,
        'Maja Lindqvist': coordinator,
        'Karin Holm': head,
        'Jonas Ek': lead,
        'Ingrid Nilsen': otherLead,
        'Sofia Berg': viewer,
      };
      for (const [name, client] of Object.entries(clients)) {
        const opens = (await client.get(`/api/projects/${project.id}`)).status === 200;
        expect([name, offered.some((p) => p.name === name)]).toEqual([name, opens]);
      }
    }
  });

  it('lets a viewer read but not write; another department’s lead gets 404; only the author edits', async () => {
    const project = await projectOf(education);
    const mine: ProjectNote = (await lead.post(notesPath(project), { text: 'Budgeten är klar.' }).expect(201))
      .body;
    const theirs: ProjectNote = (await coordinator.post(notesPath(project), { text: 'Bra!' }).expect(201))
      .body;

    const read = await thread(viewer, project);
    expect(read.mayWrite).toBe(false);
    expect(read.notes.map((n) => n.text)).toEqual(['Budgeten är klar.', 'Bra!']);
    await viewer.post(notesPath(project), { text: 'Får jag?' }).expect(403);
    expect((await thread(lead, project)).mayWrite).toBe(true);
    expect((await thread(head, project)).mayWrite).toBe(true);
    await head.post(notesPath(project), { text: 'Förvaltningen står bakom.' }).expect(201);

    await otherLead.get(notesPath(project)).expect(404);
    await otherLead.post(notesPath(project), { text: 'Hej' }).expect(404);
    await otherLead
      .patch(`${notesPath(project)}/${mine.id}`, { text: 'Hej', version: mine.version })
      .expect(404);
    await otherLead.delete(`${notesPath(project)}/${mine.id}`).expect(404);

    // Only the author edits; the lead may not delete the coordinator's note.
    await coordinator
      .patch(`${notesPath(project)}/${mine.id}`, { text: 'Ändrad', version: mine.version })
      .expect(403);
    await lead
      .patch(`${notesPath(project)}/${theirs.id}`, { text: 'Ändrad', version: theirs.version })
      .expect(403);
    await lead.delete(`${notesPath(project)}/${theirs.id}`).expect(403);
    await head.delete(`${notesPath(project)}/${mine.id}`).expect(403);
    const edited: ProjectNote = (
      await lead
        .patch(`${notesPath(project)}/${mine.id}`, {
          text: 'Budgeten är klar och godkänd.',
          version: mine.version,
        })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ text: 'Budgeten är klar och godkänd.', authorName: 'Jonas Ek' });
    expect(edited.editedAt).not.toBeNull();

    // A note is found only under its own project.
    const other = await projectOf(education);
    await lead
      .patch(`${notesPath(other)}/${mine.id}`, { text: 'Fel projekt', version: edited.version })
      .expect(404);
    await coordinator.delete(`${notesPath(other)}/${mine.id}`).expect(404);

    // The author deletes their own; a coordinator may delete anyone's.
    await lead.delete(`${notesPath(project)}/${mine.id}`).expect(204);
    await coordinator.delete(`${notesPath(project)}/${theirs.id}`).expect(204);
    expect((await thread(viewer, project)).notes.map((n) => n.text)).toEqual(['Förvaltningen står bakom.']);

    // Someone else's note taken down is on the record (who, and whose), an author's own is not.
    const headsNote = (await thread(viewer, project)).notes[0];
    await coordinator.delete(`${notesPath(project)}/${headsNote.id}`).expect(204);
    const activity: ProjectActivity[] = (
      await coordinator.get(`/api/projects/${project.id}/activity`).expect(200)
    ).body;
    expect(activity.filter((a) => a.kind === 'note_deleted')).toEqual([
      expect.objectContaining({ subject: headsNote.authorName, actorName: 'Maja Lindqvist', comment: null }),
    ]);
  });

  it.each([
    ['empty', { text: '' }, 'text'],
    ['blank', { text: '   ' }, 'text'],
    ['10,001 characters', { text: 'x'.repeat(10_001) }, 'text'],
    ['a number', { text: 42 }, 'text'],
    ['mentions not a list', { text: 'Hej', mentionIds: 'Jonas Ek' }, 'mentionIds'],
    ['a mention not an id', { text: 'Hej', mentionIds: ['not-an-id'] }, 'mentionIds'],
    [
      'a mention of nobody',
      { text: 'Hej @Nobody', mentionIds: ['0b9f2f3c-5a36-4c1e-9d7e-000000000001'] },
      'mentionIds',
    ],
    ['a mention missing from the text', { text: 'Hej', mentionIds: ['JONAS'] }, 'mentionIds'],
    ['an unknown field', { text: 'Hej', pinned: true }, 'pinned'],
  ])('refuses a note with %s with a 4xx naming the field, and saves nothing', async (_what, body, field) => {
    const project = await projectOf(education);
    const payload = JSON.parse(JSON.stringify(body).replace('"JONAS"', JSON.stringify(idOf('Jonas Ek'))));
    const response = await coordinator.post(notesPath(project), payload);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.body)).toContain(field);
    expect((await thread(coordinator, project)).notes).toEqual([]);
  });

  it('refuses a bad edit and keeps the note as it was', async () => {
    const project = await projectOf(education);
    const note: ProjectNote = (await lead.post(notesPath(project), { text: 'Första versionen' }).expect(201))
      .body;
    const response = await lead
      .patch(`${notesPath(project)}/${note.id}`, { text: '', version: note.version })
      .expect(422);
    expect(response.body.errors).toHaveProperty('text');
    expect((await thread(lead, project)).notes).toEqual([note]);
  });

  it('refuses an edit written over an older version of the note, keeping the newer text, and says what it is now', async () => {
    const project = await projectOf(education);
    const note: ProjectNote = (await lead.post(notesPath(project), { text: 'Första versionen' }).expect(201))
      .body;
    expect(note.version).toBe(1);
    // The author's two tabs: the first saves, the second was opened before it.
    const first: ProjectNote = (
      await lead
        .patch(`${notesPath(project)}/${note.id}`, { text: 'Från fliken som sparade först', version: 1 })
        .expect(200)
    ).body;
    expect(first.version).toBe(2);
    const stale = await lead
      .patch(`${notesPath(project)}/${note.id}`, { text: 'Från den gamla fliken', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('stale_version');
    expect(stale.body.current).toMatchObject({
      id: note.id,
      text: 'Från fliken som sparade först',
      version: 2,
    });
    expect((await thread(lead, project)).notes).toEqual([first]);
    // Without the version it was written over, an edit is refused before anything is looked at.
    const unversioned = await lead
      .patch(`${notesPath(project)}/${note.id}`, { text: 'Utan version' })
      .expect(422);
    expect(unversioned.body.errors).toHaveProperty('version');
    // Saved again over the version now shown, it is kept.
    const again: ProjectNote = (
      await lead
        .patch(`${notesPath(project)}/${note.id}`, { text: 'Från den gamla fliken', version: 2 })
        .expect(200)
    ).body;
    expect(again).toMatchObject({ text: 'Från den gamla fliken', version: 3 });
  });
});
