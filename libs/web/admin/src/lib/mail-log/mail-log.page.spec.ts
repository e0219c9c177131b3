import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { MailLogEntry } from '@gp/domain';
import { provideTranslations } from '@gp/web/core';
import { provideTranslatedPaginator } from '@gp/web/ui';
import { MailLogPage } from './mail-log.page';
import { settleFixture } from '@gp/web/core/testing';

const entry = (n: number): MailLogEntry => ({
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
});

describe('MailLogPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<MailLogPage>;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(),
        provideTranslatedPaginator(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MailLogPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    backend
      .expectOne('/api/mail-log?limit=20&offset=0')
      .flush({ items: Array.from({ length: 20 }, (_, i) => entry(i + 1)), total: 45 });
    await settle();
  });

  afterEach(() => backend.verify());

  it('shows date, recipient, subject, kind and status in the active language', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const [[date, ...rest]] = await table.getCellTextByIndex();
    expect(date).toMatch(/^5 mars 2026 \d\d:\d\d$/);
    expect(rest).toEqual(['anna@kommun.se', 'Ämne 1', 'Testmejl', 'Sparat, ej skickat', '']);
  });

  it('pages on the server with limit and offset, with translated paginator labels', async () => {
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1–20 av 45');
    await paginator.goToNextPage();
    backend.expectOne('/api/mail-log?limit=20&offset=20').flush({ items: [entry(21)], total: 45 });
    await settle();
    expect(await paginator.getRangeLabel()).toBe('21–40 av 45');
  });

  it('queues a test email and reloads the first page', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Skicka testmejl' }))).click();
    backend
      .expectOne({ method: 'POST', url: '/api/mail-log/test' })
      .flush({ messageId: 'x' }, { status: 202, statusText: 'Accepted' });
    await settle();
    backend.expectOne('/api/mail-log?limit=20&offset=0').flush({ items: [entry(99)], total: 46 });
    await settle();
    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getCellTextByColumnName())['subject'].text).toEqual(['Ämne 99']);
  });
});
