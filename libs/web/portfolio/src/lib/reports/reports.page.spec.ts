import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TODAY } from '@gp/web/core';
import { provideDeskTesting } from '@gp/web/core/testing';
import { portfolioReport } from '../../testing/portfolio.fixtures';
import { ReportsPage } from './reports.page';

describe('ReportsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const root = () => harness.routeNativeElement as HTMLElement;
  const reportRequest = (): TestRequest => backend.expectOne((r) => r.url === '/api/reports');
  const rowsOf = (testId: string) =>
    [...root().querySelectorAll(`[data-testid="${testId}"] tbody tr`)].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );

  async function open(url: string): Promise<TestRequest> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reports', component: ReportsPage }]),
        ...provideDeskTesting(),
        { provide: TODAY, useValue: () => '2026-06-15' },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ReportsPage);
    await settle();
    for (const list of ['/api/departments', '/api/programmes', '/api/people']) backend.expectOne(list).flush([]);
    return reportRequest();
  }

  // jsdom draws no canvas; the charts then leave it blank, and the tables carry the numbers.
  beforeEach(() => jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
  afterEach(() => backend.verify());

  it('reports the current calendar year by default, each chart with a table of the same numbers', async () => {
    const request = await open('/reports');
    expect(request.request.params.get('from')).toBe('2026-01-01');
    expect(request.request.params.get('to')).toBe('2026-12-31');
    request.flush(portfolioReport());
    await settle();

    expect(rowsOf('report-applications')).toEqual([
      ['Inskickade', '12'],
      ['Beviljade', '5'],
      ['Avslagna', '3'],
      ['Väntar på beslut', '3'],
      ['Återkallade', '1'],
      ['Andel beviljade, räknat i antal', '62,5 %'],
      ['Andel beviljade, räknat i belopp', '50 %'],
    ]);
    const programme = rowsOf('report-granted-by-programme')[0];
    expect(programme[0]).toBe('Erasmus+');
    expect(programme[3]).toMatch(/^1\s500\s000\skr$/);
    expect(programme[5]).toBe('3');
    // The canvas is an image to screen readers, named by the figures it draws.
    const canvas = root().querySelector('[data-testid="report-applications"] canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe(
      '12 inskickade ansökningar: 5 beviljade, 3 avslagna, 3 väntar på beslut.',
    );
    // Goals in their order, whatever order the API gave.
    expect(rowsOf('report-goals').map((row) => row[0])).toEqual(['Mål 4', 'Mål 13']);
    // The rates named, demo ones marked, and what had no rate listed plainly.
    expect(rowsOf('report-rates')[0].join(' ')).toContain('InforEuro Demokurs');
    expect(root().querySelector('[data-testid="report-rates-missing"]')?.textContent).toContain('(NOK, 2026-02)');
    expect(root().querySelector('[data-testid="report-export-xlsx-pipeline"]')?.getAttribute('href')).toBe(
      '/api/reports/tables/pipeline?format=xlsx&from=2026-01-01&to=2026-12-31',
    );
  });

  it('asks again when a filter changes, with the filter in the address', async () => {
    (await open('/reports?from=2025-07-01&to=2026-06-30')).flush(portfolioReport());
    await settle();
    await TestBed.inject(Router).navigateByUrl('/reports?from=2025-07-01&to=2026-06-30&departmentId=d1');
    await settle();
    const again = reportRequest();
    expect(again.request.params.get('departmentId')).toBe('d1');
    expect(again.request.params.get('from')).toBe('2025-07-01');
    again.flush(portfolioReport({ grantedByProgramme: [] }));
    await settle();
    expect(root().querySelector('[data-testid="report-granted-by-programme"]')?.textContent).toContain(
      'Inget att visa för perioden och filtren.',
    );
    expect(root().querySelector('[data-testid="reports-annual"]')?.getAttribute('href')).toBe(
      '/reports/annual/2025?departmentId=d1',
    );
  });

  it('says a period that runs backwards, and asks nothing', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reports', component: ReportsPage }]),
        ...provideDeskTesting(),
        { provide: TODAY, useValue: () => '2026-06-15' },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports?from=2026-05-01&to=2026-04-01', ReportsPage);
    await settle();
    for (const list of ['/api/departments', '/api/programmes', '/api/people']) backend.expectOne(list).flush([]);
    backend.expectNone((r) => r.url === '/api/reports');
    expect(root().querySelector('[data-testid="reports-period-problem"]')?.textContent).toContain(
      'Slutdagen ligger före startdagen.',
    );
  });
});
