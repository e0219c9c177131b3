import type { INestApplication } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CookieAccessInfo } from 'cookiejar';
import { DataSource } from 'typeorm';
import {
  DOCUMENT_CHUNK_BYTES,
  DOCUMENT_MAX_BYTES,
  type AttachedDocument,
  type ChecklistItem,
  type Department,
  type Project,
  type ProjectActivity,
  type ProjectDocument,
  type SessionState,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate, unique } from './support/application';
import { createApp } from './support/create-app';
import { CSRF_HEADER, demo } from './support/demo';
import { until } from './support/until';

const MB = 1024 * 1024;

/** A PDF as file-type tells it: the `%PDF-` signature, then any bytes. */
function pdfLike(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
}

/** A Windows executable: the `MZ` signature. */
function exeLike(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.write('MZ', 0, 'latin1');
  return bytes;
}

/** Reads any answer whole as bytes, whatever its type. */
function bytesOf(res: IncomingMessage, done: (error: Error | null, body: Buffer) => void): void {
  const parts: Buffer[] = [];
  res.on('data', (part: Buffer) => parts.push(part));
  res.on('end', () => done(null, Buffer.concat(parts)));
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('documents on projects and checklist items', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let coordinator: ApiClient;
  let projectLead: ApiClient;
  let viewer: ApiClient;
  let project: Project;
  /** A department the demo project lead does not belong to. */
  let otherDepartment: Department;

  const upload = (client: ApiClient, path: string, bytes: Buffer, filename: string, method: 'post' | 'put' = 'post') =>
    client.agent[method](path).set(CSRF_HEADER, client.csrfToken).attach('file', bytes, { filename });
  const download = (client: ApiClient, projectId: string, documentId: string) =>
    client.get(`/api/projects/${projectId}/documents/${documentId}/content`).buffer(true).parse(bytesOf as never);
  const rowsOf = async (projectId: string) => {
    const [row] = await dataSource.query(
      `SELECT count(DISTINCT d.id)::int AS documents, count(c.position)::int AS chunks
         FROM project_document d LEFT JOIN document_chunk c ON c.document_id = d.id WHERE d.project_id = $1`,
      [projectId],
    );
    return row as { documents: number; chunks: number };
  };
  const activityOf = async (projectId: string) =>
    ((await coordinator.get(`/api/projects/${projectId}/activity`).expect(200)).body as ProjectActivity[]).map(
      (a) => [a.kind, a.subject, a.comment],
    );

  beforeAll(async () => {
    ({ app } = await createApp());
    dataSource = app.get(DataSource);
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    projectLead = await ApiClient.signedIn(app, demo.projectLead);
    viewer = await ApiClient.signedIn(app, demo.viewer);
    const lead: SessionState = (await projectLead.get('/api/auth/session').expect(200)).body;
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    otherDepartment = departments.find((d) => !lead.user?.departmentIds.includes(d.id)) as Department;
    project = (
      await coordinator
        .post('/api/projects', { title: `Dokument ${unique()}`, departmentId: otherDepartment.id })
        .expect(201)
    ).body;
  });

  afterAll(() => app.close());

  it('keeps an upload of a few MB and gives it back byte for byte, with its headers', async () => {
    const file = pdfLike(3 * MB + 12_345);
    const stored: ProjectDocument = (
      await upload(coordinator, `/api/projects/${project.id}/documents`, file, 'Partnerintyg Modena å.pdf').expect(201)
    ).body;
    expect(stored).toMatchObject({
      projectId: project.id,
      checklistItemId: null,
      fileName: 'Partnerintyg Modena å.pdf',
      contentType: 'application/pdf',
      size: file.length,
      uploadedByName: expect.any(String),
    });
    expect(await rowsOf(project.id)).toMatchObject({ chunks: Math.ceil(file.length / DOCUMENT_CHUNK_BYTES) });

    const listed: ProjectDocument[] = (await viewer.get(`/api/projects/${project.id}/documents`).expect(200)).body;
    expect(listed.map((d) => d.id)).toContain(stored.id);

    const answer = await download(viewer, project.id, stored.id).expect(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="Partnerintyg Modena a.pdf"; filename*=UTF-8''Partnerintyg%20Modena%20%C3%A5.pdf`,
    );
    expect(sha(answer.body as Buffer)).toBe(sha(file));
  });

  it('refuses a file over 25 MB with 413 and keeps nothing of it, declared or found while reading', async () => {
    const before = await rowsOf(project.id);
    const declared = await upload(coordinator, `/api/projects/${project.id}/documents`, pdfLike(26 * MB), 'stor.pdf').expect(413);
    expect(declared.body).toMatchObject({ code: 'payload_too_large', errors: { file: [expect.any(String)] } });
    // One byte over: the request's length passes the first look, the limit stops it while it is read.
    const found = await upload(
      coordinator,
      `/api/projects/${project.id}/documents`,
      pdfLike(DOCUMENT_MAX_BYTES + 1),
      'nästan.pdf',
    ).expect(413);
    expect(found.body.code).toBe('payload_too_large');
    expect(await rowsOf(project.id)).toEqual(before);
  });

  it('tells the type from the bytes: an .exe named .pdf is refused with 415, text is kept as text', async () => {
    const before = await rowsOf(project.id);
    const refused = await upload(coordinator, `/api/projects/${project.id}/documents`, exeLike(300_000), 'intyg.pdf').expect(415);
    expect(refused.body).toMatchObject({ code: 'file_type_not_allowed', errors: { file: [expect.any(String)] } });
    expect(refused.body.message).toMatch(/not a kind/);
    // Not UTF-8 text either: random bytes with no signature.
    const noise = randomBytes(10_000);
    noise[0] = 0xff;
    await upload(coordinator, `/api/projects/${project.id}/documents`, noise, 'budget.csv').expect(415);
    expect(await rowsOf(project.id)).toEqual(before);

    const csv = Buffer.from('partner;land;belopp\nComune di Modena;IT;12 000\nÅbo stad;FI;8 000\n');
    const text: ProjectDocument = (
      await upload(coordinator, `/api/projects/${project.id}/documents`, csv, 'budget.csv').expect(201)
    ).body;
    expect(text.contentType).toBe('text/csv');
    const answer = await download(coordinator, project.id, text.id).expect(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((answer.body as Buffer).equals(csv)).toBe(true);
  });

  it('is 404 to a project lead of another department; a viewer downloads but neither uploads nor deletes', async () => {
    const file = pdfLike(50_000);
    const stored: ProjectDocument = (
      await upload(coordinator, `/api/projects/${project.id}/documents`, file, 'mandat.pdf').expect(201)
    ).body;
    const before = await rowsOf(project.id);

    await projectLead.get(`/api/projects/${project.id}/documents`).expect(404);
    await download(projectLead, project.id, stored.id).expect(404);
    await upload(projectLead, `/api/projects/${project.id}/documents`, file, 'mitt.pdf').expect(404);
    await upload(projectLead, `/api/projects/${project.id}/documents/${stored.id}/content`, file, 'x.pdf', 'put').expect(404);
    await projectLead.delete(`/api/projects/${project.id}/documents/${stored.id}`).expect(404);

    await download(viewer, project.id, stored.id).expect(200);
    await upload(viewer, `/api/projects/${project.id}/documents`, file, 'läsare.pdf').expect(403);
    await viewer.delete(`/api/projects/${project.id}/documents/${stored.id}`).expect(403);
    expect(await rowsOf(project.id)).toEqual(before);
    // A document of another project is not found under this one.
    const elsewhere: Project = (
      await coordinator.post('/api/projects', { title: `Annan ${unique()}`, departmentId: otherDepartment.id }).expect(201)
    ).body;
    await download(coordinator, elsewhere.id, stored.id).expect(404);
  });

  it('logs every upload, replacement and deletion in the activity', async () => {
    const own: Project = (
      await coordinator.post('/api/projects', { title: `Logg ${unique()}`, departmentId: otherDepartment.id }).expect(201)
    ).body;
    const first: ProjectDocument = (
      await upload(coordinator, `/api/projects/${own.id}/documents`, pdfLike(400_000), 'intyg v1.pdf').expect(201)
    ).body;
    const second = pdfLike(600_000);
    const replaced: ProjectDocument = (
      await upload(coordinator, `/api/projects/${own.id}/documents/${first.id}/content`, second, 'intyg v2.pdf', 'put').expect(200)
    ).body;
    expect(replaced).toMatchObject({ fileName: 'intyg v2.pdf', size: second.length });
    await download(coordinator, own.id, first.id).expect(404);
    expect(sha((await download(coordinator, own.id, replaced.id).expect(200)).body)).toBe(sha(second));
    expect(await rowsOf(own.id)).toEqual({ documents: 1, chunks: Math.ceil(second.length / DOCUMENT_CHUNK_BYTES) });

    await coordinator.delete(`/api/projects/${own.id}/documents/${replaced.id}`).expect(204);
    expect(await rowsOf(own.id)).toEqual({ documents: 0, chunks: 0 });
    expect(await activityOf(own.id)).toEqual(
      expect.arrayContaining([
        ['document_uploaded', 'intyg v1.pdf', null],
        ['document_replaced', 'intyg v2.pdf', 'intyg v1.pdf'],
        ['document_deleted', 'intyg v2.pdf', null],
      ]),
    );
  });

  it('ticks a checklist item when a document is attached, if its template line says so', async () => {
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    const { programme, call } = await programmeWithTemplate(coordinator, [
      { title: 'Partnerförklaring Modena', ticksOnDocument: true },
      { title: 'Budgetunderlag' },
    ]);
    const application = await applicationTo(coordinator, departments[0], programme, call);
    const items: ChecklistItem[] = (await coordinator.get(`/api/projects/${application.id}/checklist`).expect(200)).body;
    const [declaration, budget] = items;
    expect([declaration.ticksOnDocument, budget.ticksOnDocument]).toEqual([true, false]);

    const file = pdfLike(700_000);
    const attached: AttachedDocument = (
      await upload(coordinator, `/api/checklist-items/${declaration.id}/documents`, file, 'förklaring.pdf').expect(201)
    ).body;
    expect(attached).toMatchObject({ ticked: true, document: { checklistItemId: declaration.id, checklistItemTitle: 'Partnerförklaring Modena' } });
    const other: AttachedDocument = (
      await upload(coordinator, `/api/checklist-items/${budget.id}/documents`, pdfLike(10_000), 'budget.pdf').expect(201)
    ).body;
    expect(other.ticked).toBe(false);

    const after: ChecklistItem[] = (await coordinator.get(`/api/projects/${application.id}/checklist`).expect(200)).body;
    expect(after[0]).toMatchObject({ doneByName: expect.any(String), version: declaration.version + 1 });
    expect(after[0].doneAt).not.toBeNull();
    expect(after[0].documents).toEqual([{ id: attached.document.id, fileName: 'förklaring.pdf', size: file.length }]);
    expect(after[1].doneAt).toBeNull();
    expect(after[1].documents.map((d) => d.fileName)).toEqual(['budget.pdf']);
    expect(await activityOf(application.id)).toEqual(
      expect.arrayContaining([
        ['document_uploaded', 'förklaring.pdf', 'Partnerförklaring Modena'],
        ['checklist_item_done', 'Partnerförklaring Modena', null],
        ['document_uploaded', 'budget.pdf', 'Budgetunderlag'],
      ]),
    );
    // The viewer reads the item's document but attaches nothing.
    await upload(viewer, `/api/checklist-items/${budget.id}/documents`, file, 'x.pdf').expect(403);
  });

  it('streams an upload into the database as it arrives, before the request has ended', async () => {
    const own: Project = (
      await coordinator.post('/api/projects', { title: `Ström ${unique()}`, departmentId: otherDepartment.id }).expect(201)
    ).body;
    const file = pdfLike(DOCUMENT_MAX_BYTES);
    const boundary = `gp${unique()}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stor.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const request = coordinator.agent
      .post(`/api/projects/${own.id}/documents`)
      .set(CSRF_HEADER, coordinator.csrfToken)
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`);
    const sentFirst = 5 * MB;
    request.write(head);
    request.write(file.subarray(0, sentFirst));
    // Only a third of the file has been sent: a server that read it whole first would have written no chunk yet.
    const written = await until(() => rowsOf(own.id), {
      what: 'chunks of the first 5 MB in the database while the rest is still unsent',
      ok: (rows) => rows.chunks >= 10,
    });
    expect(written.documents).toBe(1);
    request.write(file.subarray(sentFirst));
    request.write(tail);
    const answer = await request;
    expect(answer.status).toBe(201);
    const stored = answer.body as ProjectDocument;
    expect(stored.size).toBe(DOCUMENT_MAX_BYTES);

    // A download reads chunk by chunk as the client takes them: chunks removed after the first bytes
    // left cut the answer short; a server that had read the file whole first would send it all.
    const server = app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const cookie = (coordinator.agent as unknown as { jar: { getCookies(a: unknown): { toValueString(): string } } }).jar
      .getCookies(CookieAccessInfo.All)
      .toValueString();
    let received = 0;
    const ending = await new Promise<'end' | 'cut'>((resolve, reject) => {
      const req = get(
        { port, host: '127.0.0.1', path: `/api/projects/${own.id}/documents/${stored.id}/content`, headers: { cookie } },
        (res) => {
          expect(res.statusCode).toBe(200);
          res.once('data', (first: Buffer) => {
            received += first.length;
            res.pause();
            void dataSource
              .query('DELETE FROM document_chunk WHERE document_id = $1 AND position >= 60', [stored.id])
              .then(() => {
                res.on('data', (part: Buffer) => (received += part.length));
                res.resume();
              }, reject);
          });
          res.on('end', () => resolve('end'));
          res.on('aborted', () => resolve('cut'));
          res.on('error', () => resolve('cut'));
        },
      );
      req.on('error', () => resolve('cut'));
    });
    expect(ending).toBe('cut');
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThanOrEqual(60 * DOCUMENT_CHUNK_BYTES);
    await new Promise((resolve) => server.close(resolve));
  });
});
