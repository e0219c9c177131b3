import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MAIL_STATUSES, type MailLogEntry, type MailLogPage as Page, type MailStatus } from '@gp/domain';
import { provideTranslations } from '@gp/web/core';
import { provideTranslatedPaginator } from '@gp/web/ui';
import { MailLogPage } from './mail-log.page';
import { settleFixture } from '@gp/web/core/testing';

const entry = (n: number, changes: Partial<MailLogEntry> = {}): MailLogEntry => ({
  id: `m${n}`,
  messageId: `<m${n}@projektdesken>`,
  to: 'anna@kommun.se',
  subject: `Ämne ${n}`,
  text: `Hej ${n}`,
  kind: n % 2 ? 'test' : 'password_changed',
  status: n % 2 ? 'kept' : 'sent',
  createdAt: '2026-03-05T12:00:00Z',
  sentAt: null,
  error: null,
  attempts: 1,
  retryAt: null,
  resentAt: null,
  resentBy: null,
  oneTimeLinkHidden: false,
  ...changes,
});

const counts = (given: Partial<Record<MailStatus, number>> = {}): Record<MailStatus, number> => ({
  ...(Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<MailStatus, number>),
  ...given,
});

const page = (
  items: MailLogEntry[],
  total: number,
  given: Partial<Record<MailStatus, number>> = {},
): Page => ({
  items,
  total,
  counts: counts(given),
});

describe('MailLogPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  const settle = () => settleFixture(harness.fixture);

  async function open(url: string, expected: string, answer: Page): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, MailLogPage);
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    backend.expectOne(expected).flush(answer);
    await settle();
  }

  /** The dialog closes with an animation; the resend is posted after it. */
  async function posted(url: string) {
    for (let tries = 0; tries < 50; tries++) {
      await settle();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [request] = backend.match({ method: 'POST', url });
      if (request) return request;
    }
    throw new Error(`Nothing was posted to ${url}`);
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(),
        provideTranslatedPaginator(),
        provideRouter([{ path: 'admin/mail', component: MailLogPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  describe('unfiltered', () => {
    beforeEach(() =>
      open(
        '/admin/mail',
        '/api/mail-log?limit=20&offset=0',
        page(
          Array.from({ length: 20 }, (_, i) => entry(i + 1)),
          45,
          { kept: 23, sent: 20, failed: 2 },
        ),
      ),
    );

    it('shows date, recipient, subject, kind and status in the active language', async () => {
      const table = await loader.getHarness(MatTableHarness);
      const [[date, ...rest]] = await table.getCellTextByIndex();
      expect(date).toMatch(/^5 mars 2026 \d\d:\d\d$/);
      expect(rest).toEqual(['anna@kommun.se', 'Ämne 1', 'Testmejl', 'Sparat, ej skickat', '', '']);
    });

    it('pages on the server with limit and offset, with translated paginator labels', async () => {
      const paginator = await loader.getHarness(MatPaginatorHarness);
      expect(await paginator.getRangeLabel()).toBe('1–20 av 45');
      await paginator.goToNextPage();
      backend.expectOne('/api/mail-log?limit=20&offset=20').flush(page([entry(21)], 45));
      await settle();
      expect(await paginator.getRangeLabel()).toBe('21–40 av 45');
    });

    it('queues a test email and reloads the first page', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Skicka testmejl' }))).click();
      backend
        .expectOne({ method: 'POST', url: '/api/mail-log/test' })
        .flush({ messageId: 'x' }, { status: 202, statusText: 'Accepted' });
      await settle();
      backend.expectOne('/api/mail-log?limit=20&offset=0').flush(page([entry(99)], 46));
      await settle();
      const table = await loader.getHarness(MatTableHarness);
      expect((await table.getCellTextByColumnName())['subject'].text).toEqual(['Ämne 99']);
    });

    it('offers the status filter with counts, all first, and keeps the choice in the address', async () => {
      const group = await loader.getHarness(MatButtonToggleGroupHarness);
      const toggles = await group.getToggles();
      const texts = await Promise.all(toggles.map((toggle) => toggle.getText()));
      expect(texts.slice(0, 2)).toEqual(['Alla (45)', 'Behöver åtgärd (2)']);
      expect(texts).toContain('Misslyckades (2)');
      expect(await toggles[0].isChecked()).toBe(true);
      await toggles[1].check();
      await settle();
      expect(TestBed.inject(Router).url).toBe('/admin/mail?status=failed,flagged');
      backend
        .expectOne('/api/mail-log?limit=20&offset=0&status=failed,flagged')
        .flush(page([], 0, { failed: 2 }));
      await settle();
    });
  });

  it('reads the filter from the address and says when a retrying email is tried next', async () => {
    const retryAt = new Date();
    retryAt.setHours(14, 5, 0, 0);
    await open(
      '/admin/mail?status=retrying',
      '/api/mail-log?limit=20&offset=0&status=retrying',
      page([entry(1, { status: 'retrying', retryAt: retryAt.toISOString(), attempts: 3 })], 1, {
        retrying: 1,
      }),
    );
    const group = await loader.getHarness(MatButtonToggleGroupHarness);
    const [checked] = await group.getToggles({ checked: true });
    expect(await checked.getText()).toBe('Försöks igen (1)');
    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getCellTextByColumnName())['status'].text[0]).toMatch(/Försöks igen kl\. 14[:.]05/);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Skicka igen/ }))).toHaveLength(0);
  });

  it('says why a password reset email shows no link, and shows a kept email whole', async () => {
    await open(
      '/admin/mail',
      '/api/mail-log?limit=20&offset=0',
      page(
        [
          entry(1, {
            kind: 'password_reset',
            status: 'sent',
            text: 'Välj nytt lösenord: https://desk.kommun.se/new-password#…',
            oneTimeLinkHidden: true,
          }),
          entry(2, {
            kind: 'test',
            status: 'kept',
            sentAt: '2026-03-05T12:01:00Z',
            text: 'Det här är ett testmejl.',
          }),
        ],
        2,
        { sent: 1, kept: 1 },
      ),
    );
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Läs mejlet ”Ämne 1”"]' }))
    ).click();
    let dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('new-password#…');
    expect(await dialog.getContentText()).toContain(
      'Länken för att välja nytt lösenord visas inte här: den är mottagarens egen och fungerar en gång.',
    );
    await dialog.close();
    await settle();
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Läs mejlet ”Ämne 2”"]' }))
    ).click();
    // The first dialog may still be closing: the one just opened is the last.
    dialog = (await loader.getAllHarnesses(MatDialogHarness)).at(-1) as MatDialogHarness;
    expect(await dialog.getContentText()).toContain('Det här är ett testmejl.');
    expect(await dialog.getContentText()).not.toContain('visas inte här');
    // Kept, not sent: the dialog does not say it went anywhere.
    expect(await dialog.getContentText()).toContain('Sparat i loggen');
    expect(await dialog.getContentText()).not.toContain('Skickat');
  });

  it('resends a failed email after asking, and announces it', async () => {
    await open(
      '/admin/mail?status=failed,flagged',
      '/api/mail-log?limit=20&offset=0&status=failed,flagged',
      page([entry(1, { status: 'failed', error: 'gave up after 24 h: timeout' })], 1, { failed: 1 }),
    );
    const resend = await loader.getHarness(MatButtonHarness.with({ text: /Skicka igen/ }));
    expect(await (await resend.host()).getAttribute('aria-label')).toBe(
      'Skicka igen: ”Ämne 1” till anna@kommun.se',
    );
    await resend.click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('skickas igen till anna@kommun.se');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Skicka igen' }))).click();
    const request = await posted('/api/mail-log/m1/resend');
    expect(request.request.body).toEqual({});
    request.flush(entry(1, { status: 'queued', attempts: 0 }));
    await settle();
    backend
      .expectOne('/api/mail-log?limit=20&offset=0&status=failed,flagged')
      .flush(page([], 0, { queued: 1 }));
    await settle();
    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain(
      'Mejlet till anna@kommun.se är köat igen.',
    );
  });

  it('warns that a flagged email may already have arrived, and sends nothing when cancelled', async () => {
    await open(
      '/admin/mail?status=flagged',
      '/api/mail-log?limit=20&offset=0&status=flagged',
      page([entry(1, { status: 'flagged' })], 1, { flagged: 1 }),
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: /Skicka igen/ }))).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('kan redan ha kommit fram');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Avbryt' }))).click();
    await settle();
    backend.expectNone({ method: 'POST' });
  });

  it('confirms a flagged resend with confirm: true', async () => {
    await open(
      '/admin/mail?status=flagged',
      '/api/mail-log?limit=20&offset=0&status=flagged',
      page([entry(1, { status: 'flagged' })], 1, { flagged: 1 }),
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: /Skicka igen/ }))).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Skicka ändå' }))).click();
    const request = await posted('/api/mail-log/m1/resend');
    expect(request.request.body).toEqual({ confirm: true });
    request.flush(entry(1, { status: 'queued' }));
    await settle();
    backend.expectOne('/api/mail-log?limit=20&offset=0&status=flagged').flush(page([], 0));
    await settle();
  });
});
