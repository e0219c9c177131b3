import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideDeskTesting } from '@gp/web/core/testing';
import { provideTranslatedPaginator } from '@gp/web/ui';
import { tablePage, tableRow } from '../../testing/portfolio.fixtures';
import { ProjectTablePage } from './project-table.page';

describe('ProjectTablePage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const root = () => harness.routeNativeElement as HTMLElement;
  const tableRequest = (): TestRequest => backend.expectOne((r) => r.url === '/api/projects/table');

  async function open(url: string, columns: string[] = []): Promise<TestRequest> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'projects', component: ProjectTablePage, providers: [provideTranslatedPaginator()] },
        ]),
        ...provideDeskTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ProjectTablePage);
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    await settle();
    backend.expectOne('/api/projects/table/columns').flush({ columns });
    for (const list of ['/api/departments', '/api/programmes', '/api/people'])
      backend.expectOne(list).flush([]);
    return tableRequest();
  }

  afterEach(() => backend.verify());

  it('asks for the page the address names and shows money, days and titles linked to their project', async () => {
    const request = await open('/projects?stage=running&stage=closed&sort=title&direction=desc&q=hamn');
    expect(request.request.params.getAll('stage')).toEqual(['running', 'closed']);
    expect(request.request.params.get('sort')).toBe('title');
    expect(request.request.params.get('direction')).toBe('desc');
    expect(request.request.params.get('q')).toBe('hamn');
    request.flush(tablePage([tableRow()], 30));
    await settle();

    const headers = [...root().querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual([
      'Titel',
      'Steg',
      'Program',
      'Förvaltning',
      'Projektledare',
      'Planerad start',
      'Planerat slut',
      'Sökt bidrag',
      'Beviljat bidrag',
    ]);
    const cells = [...root().querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[1]).toBe('Pågår');
    expect(cells[5]).toBe('1 maj 2026');
    expect(cells[8]).toMatch(/^550\s000\s€$/);
    expect(root().querySelector('td a')?.getAttribute('href')).toBe('/projects/p1');
    expect(root().textContent).toContain('30 projekt matchar.');
    // The sorted header says so to screen readers.
    expect(root().querySelector('[data-testid="table-header-title"]')?.getAttribute('aria-sort')).toBe(
      'descending',
    );

    const csv = root().querySelector('[data-testid="table-export-csv"]')?.getAttribute('href');
    expect(csv).toBe(
      '/api/projects/table/export?format=csv&q=hamn&stage=running&stage=closed&sort=title&direction=desc',
    );
    expect(root().querySelector('[data-testid="table-to-board"]')?.getAttribute('href')).toBe(
      '/board?q=hamn',
    );
  });

  it('sorts on the server from the first page, and pages on the server', async () => {
    (await open('/projects?offset=25')).flush(tablePage([tableRow()], 60, 25));
    await settle();

    const sort = await loader.getHarness(MatSortHarness);
    const header = (await sort.getSortHeaders({ label: 'Planerad start' }))[0];
    await header.click();
    await settle();
    const sorted = tableRequest();
    expect(sorted.request.params.get('sort')).toBe('plannedStart');
    expect(sorted.request.params.get('direction')).toBe('asc');
    expect(sorted.request.params.has('offset')).toBe(false);
    sorted.flush(tablePage([tableRow()], 60));
    await settle();

    const paginator = await loader.getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    await settle();
    const next = tableRequest();
    expect(next.request.params.get('offset')).toBe('25');
    expect(next.request.params.get('sort')).toBe('plannedStart');
    next.flush(tablePage([tableRow({ id: 'p2' })], 60, 25));
  });

  it('shows the columns the person saved, and saves a hidden one for the next visit', async () => {
    (await open('/projects', ['title', 'partners', 'granted'])).flush(tablePage([tableRow()]));
    await settle();
    const headers = () => [...root().querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(headers()).toEqual(['Titel', 'Beviljat bidrag', 'Partner']);
    expect(root().textContent).toContain('Aalborg Kommune (DK); Moss kommune (NO)');

    const menu = await loader.getHarness(MatMenuHarness.with({ selector: '[data-testid="table-columns"]' }));
    await menu.open();
    await menu.clickItem({ text: /Beviljat bidrag/ });
    await settle();
    const save = backend.expectOne({ method: 'PUT', url: '/api/projects/table/columns' });
    expect(save.request.body).toEqual({ columns: ['title', 'partners'] });
    save.flush({ columns: ['title', 'partners'] });
    await settle();
    expect(headers()).toEqual(['Titel', 'Partner']);
  });

  it('says so when no project matches the filters', async () => {
    (await open('/projects?outcome=withdrawn')).flush(tablePage([], 0));
    await settle();
    expect(root().textContent).toContain('Inga projekt matchar filtren.');
  });
});
