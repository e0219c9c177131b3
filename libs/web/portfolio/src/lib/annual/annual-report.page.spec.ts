import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideDeskTesting } from '@gp/web/core/testing';
import { portfolioReport, tablePage, tableRow } from '../../testing/portfolio.fixtures';
import { AnnualReportPage } from './annual-report.page';

describe('AnnualReportPage', () => {
  beforeEach(() => jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));

  it('reports the calendar year and lists every running and closed project of it, all pages', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reports/annual/:year', component: AnnualReportPage }]),
        ...provideDeskTesting(),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/annual/2025?programmeId=prog1', AnnualReportPage);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    };
    await settle();

    backend
      .expectOne('/api/organisation')
      .flush({ name: 'Ljungby kommun', country: 'SE', reportingCurrency: 'SEK' });
    const report = backend.expectOne((r) => r.url === '/api/reports');
    expect(report.request.params.get('from')).toBe('2025-01-01');
    expect(report.request.params.get('to')).toBe('2025-12-31');
    expect(report.request.params.get('programmeId')).toBe('prog1');
    report.flush(portfolioReport());

    const first = backend.expectOne((r) => r.url === '/api/projects/table');
    expect(first.request.params.getAll('stage')).toEqual(['running', 'closed']);
    expect(first.request.params.get('year')).toBe('2025');
    expect(first.request.params.get('programmeId')).toBe('prog1');
    expect(first.request.params.get('offset')).toBe('0');
    first.flush(tablePage([tableRow({ id: 'a', title: 'Första' })], 101, 0, 100));
    await settle();
    const second = backend.expectOne((r) => r.url === '/api/projects/table');
    expect(second.request.params.get('offset')).toBe('100');
    second.flush(
      tablePage(
        [tableRow({ id: 'b', title: 'Sista', stage: 'closed', outcome: 'completed' })],
        101,
        100,
        100,
      ),
    );
    await settle();
    backend.verify();

    const root = harness.routeNativeElement as HTMLElement;
    // Signed by the organisation, as it goes to the municipal board.
    expect(root.querySelector('[data-testid="annual-organisation"]')?.textContent?.trim()).toBe(
      'Ljungby kommun,',
    );
    expect(root.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Ljungby kommun, Internationellt arbete 2025',
    );
    const titles = [...root.querySelectorAll('[data-testid="annual-projects"] tbody th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(titles).toEqual(['Första', 'Sista']);
    expect(root.querySelector('[data-testid="annual-print"]')?.classList).toContain('no-print');
  });
});
