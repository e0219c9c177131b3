import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { OrganisationSettings, PublicProject } from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

/** A 1×1 PNG, and the bytes of a Windows program that calls itself a logo. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

/**
 * The public pages as a municipal web site uses them: in Swedish, Norwegian and English, with the
 * organisation's name and logo, the EU emblem, a page per project, and embedding only by the web
 * sites an administrator allowed.
 */
describe('the public project pages', () => {
  let app: INestApplication;
  let admin: ApiClient;
  let coordinator: ApiClient;
  const server = () => app.getHttpServer();

  beforeAll(async () => {
    ({ app } = await createApp({ organisationName: 'Demo kommun' }));
    admin = await ApiClient.signedIn(app, demo.admin);
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
  });

  afterAll(async () => {
    await app.close();
  });

  const settings = async (): Promise<OrganisationSettings> =>
    (await admin.get('/api/organisation/settings').expect(200)).body;
  const publicList = async (): Promise<PublicProject[]> =>
    (await request(server()).get('/api/public/projects').expect(200)).body;

  it('speaks Norwegian at ?lang=nb, with the EU emblem and statement on EU-funded projects', async () => {
    const nb = (await request(server()).get('/public-projects?lang=nb').expect(200)).text;
    expect(nb).toContain('<html lang="nb">');
    expect(nb).toContain('Internasjonale prosjekter');
    expect(nb).toContain('Medfinansiert av Den europeiske union');
    expect(nb).toContain('Aarhus Tech (Danmark)');
    // The flag drawn in the page: a blue field and twelve stars, hidden from screen readers.
    const flag = nb.slice(nb.indexOf('<svg class="eu-flag"'), nb.indexOf('</svg>') + 6);
    expect(flag).toContain('aria-hidden="true"');
    expect(flag).toContain('fill="#003399"');
    expect(flag.match(/<polygon /g)).toHaveLength(12);
    // Every language offers the other two.
    expect(nb).toContain('<a href="/public-projects" lang="sv">Svenska</a>');
    expect(nb).toContain('<a href="/public-projects?lang=en" lang="en">English</a>');
    const sv = (await request(server()).get('/public-projects').expect(200)).text;
    expect(sv).toContain('Medfinansieras av Europeiska unionen');
    expect(sv).toContain('Demo kommun');
  });

  it('gives each published project a page of its own with its Agenda 2030 goals; others are 404', async () => {
    const list = await publicList();
    const withGoals = list.find((p) => p.sdgs.length > 0 && p.euFunded);
    expect(withGoals).toBeDefined();
    const page = (await request(server()).get(`/public-projects/${withGoals?.id}?lang=en`).expect(200)).text;
    expect(page).toContain(`<h1 id="project-title">`);
    expect(page).toContain('Co-funded by the European Union');
    expect(page).toMatch(/Goal \d+: [A-Z]/);
    const listed = (await request(server()).get('/public-projects').expect(200)).text;
    expect(listed).toContain(`href="/public-projects/${withGoals?.id}"`);

    // An idea is never published, whatever it is; nor is an address that is no project.
    const board = (await coordinator.get('/api/board').expect(200)).body;
    const idea = board.columns.find((c: { stage: string }) => c.stage === 'idea').cards[0];
    const unpublished = await request(server()).get(`/public-projects/${idea.id}`).expect(404);
    expect(unpublished.text).toContain('Projektet finns inte');
    expect(unpublished.text).not.toContain(idea.title);
    await request(server()).get('/public-projects/not-a-project?lang=nb').expect(404);
  });

  it('lets an admin name the organisation and set its logo, which the public page shows', async () => {
    const before = await settings();
    const saved: OrganisationSettings = (
      await admin
        .put('/api/organisation/settings', {
          name: 'Ljungby kommun',
          embedOrigins: [],
          version: before.version,
        })
        .expect(200)
    ).body;
    expect(saved).toMatchObject({ name: 'Ljungby kommun', version: before.version + 1 });
    expect((await coordinator.get('/api/organisation').expect(200)).body.name).toBe('Ljungby kommun');

    await admin.put('/api/organisation/logo', { contentBase64: PNG.toString('base64') }).expect(200);
    const logo = await request(server()).get('/public-projects/logo').expect(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(logo.body as Buffer, PNG)).toBe(0);
    const page = (await request(server()).get('/public-projects').expect(200)).text;
    expect(page).toMatch(/<img\s+class="logo"\s+src="\/public-projects\/logo"\s+alt="Ljungby kommuns logotyp"\s*\/>/);
    expect(page).toContain('<p class="publisher">Ljungby kommun</p>');

    // A program renamed to a logo is refused by its bytes, and the logo stays.
    const refused = await admin
      .put('/api/organisation/logo', { contentBase64: EXE.toString('base64') })
      .expect(422);
    expect(refused.body.errors.contentBase64[0]).toMatch(/PNG, JPEG or WebP/);
    await admin.put('/api/organisation/logo', { contentBase64: 'not base64!' }).expect(422);
    await admin
      .put('/api/organisation/logo', { contentBase64: Buffer.alloc(300 * 1024, 1).toString('base64') })
      .expect(422);
    expect((await request(server()).get('/public-projects/logo').expect(200)).headers['content-type']).toBe(
      'image/png',
    );

    await admin.delete('/api/organisation/logo').expect(200);
    await request(server()).get('/public-projects/logo').expect(404);
    const reset = await settings();
    await admin
      .put('/api/organisation/settings', { name: null, embedOrigins: [], version: reset.version })
      .expect(200);
    expect((await coordinator.get('/api/organisation').expect(200)).body.name).toBe('Demo kommun');
  });

  it('refuses a settings save based on an old version, and origins that are not web sites', async () => {
    const current = await settings();
    const stale = await admin
      .put('/api/organisation/settings', {
        name: 'X kommun',
        embedOrigins: [],
        version: current.version - 1 || 999,
      })
      .expect(409);
    expect(stale.body.current).toEqual(current);
    const wrong = await admin
      .put('/api/organisation/settings', {
        name: null,
        embedOrigins: ['https://www.ljungby.se/projekt'],
        version: current.version,
      })
      .expect(422);
    expect(wrong.body.errors.embedOrigins[0]).toContain('https://www.ljungby.se/projekt');
    await admin
      .put('/api/organisation/settings', {
        name: null,
        embedOrigins: ['javascript:alert(1)'],
        version: current.version,
      })
      .expect(422);
    expect(await settings()).toEqual(current);
    await coordinator
      .put('/api/organisation/settings', { name: null, embedOrigins: [], version: current.version })
      .expect(403);
  });

  it('lets only the allowed web sites frame the public pages and read the JSON; the desk itself stays unframeable', async () => {
    const current = await settings();
    await admin
      .put('/api/organisation/settings', {
        name: null,
        embedOrigins: ['https://www.ljungby.se/', 'HTTP://localhost:8080'],
        version: current.version,
      })
      .expect(200)
      .expect(({ body }) =>
        expect(body.embedOrigins).toEqual(['https://www.ljungby.se', 'http://localhost:8080']),
      );

    for (const path of ['/public-projects', '/public-projects?lang=nb']) {
      const page = await request(server()).get(path).expect(200);
      expect(page.headers['content-security-policy']).toContain(
        "frame-ancestors 'self' https://www.ljungby.se http://localhost:8080",
      );
      expect(page.headers['x-frame-options']).toBeUndefined();
    }
    const allowed = await request(server())
      .get('/api/public/projects')
      .set('Origin', 'https://www.ljungby.se')
      .expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://www.ljungby.se');
    expect(allowed.headers['vary']).toMatch(/Origin/);
    const other = await request(server())
      .get('/api/public/projects')
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();

    // Everything else keeps 'self' only and sends no CORS header.
    const health = await request(server()).get('/api/health').set('Origin', 'https://www.ljungby.se');
    expect(health.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(health.headers['content-security-policy']).not.toContain('ljungby');
    expect(health.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(health.headers['access-control-allow-origin']).toBeUndefined();

    const after = await settings();
    await admin
      .put('/api/organisation/settings', { name: null, embedOrigins: [], version: after.version })
      .expect(200);
  });
});
