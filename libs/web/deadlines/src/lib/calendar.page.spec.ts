import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Deadline, DeadlinePage } from '@gp/domain';
import { TODAY, provideTranslations } from '@gp/web/core';
import { formatLocalDate, formatLocalDay } from '@gp/web/ui';
import { deadline } from '../testing/deadline.fixtures';
import { CalendarPage } from './calendar.page';

describe('CalendarPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const find = (testId: string) => page().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const deadlinesRequest = () => backend.expectOne((r) => r.url === '/api/deadlines');
  const params = (request: TestRequest) =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

  /** Opens the page on 10 March 2026 and answers the filter lists and the feed. */
  async function open(url = '/calendar'): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'calendar', component: CalendarPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: TODAY, useValue: () => '2026-03-10' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, CalendarPage);
    loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    await settle();
    backend.expectOne('/api/departments').flush([{ id: 'd1', name: 'Utbildningsförvaltningen', version: 1 }]);
    backend.expectOne('/api/programmes').flush([]);
    backend.expectOne('/api/people').flush([]);
    backend.expectOne('/api/calendar/feed').flush({ exists: true, createdAt: null });
  }

  /** Answers with the last page (or, given a cursor, one that has more after it). */
  async function answer(
    request: TestRequest,
    deadlines: Deadline[],
    nextCursor: string | null = null,
  ): Promise<void> {
    request.flush({ items: deadlines, nextCursor } satisfies DeadlinePage);
    await settle();
    // An empty period then asks for the next deadline after it: here, there is none.
    for (const next of backend.match(nextDeadlineRequest)) next.flush({ items: [], nextCursor: null });
    await settle();
  }
  const nextDeadlineRequest = (r: { url: string; params: { get(key: string): string | null } }) =>
    r.url === '/api/deadlines' && r.params.get('limit') === '1';

  afterEach(() => backend.verify());

  it('asks for the weeks the month shows and puts each deadline on its day, as a link to its project', async () => {
    await open();
    const request = deadlinesRequest();
    expect(params(request)).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    const closing = '2026-03-12T11:00:00Z';
    await answer(request, [
      deadline({ id: 'item', dueOn: '2026-03-12' }),
      deadline({ id: 'call', kind: 'call', title: 'Erasmus+ KA220', dueAt: closing, dueOn: '2026-03-12' }),
    ]);

    const day = find('calendar-day-2026-03-12');
    const item = day?.querySelector<HTMLAnchorElement>('[data-testid="deadline-item"]');
    expect(item?.getAttribute('href')).toBe('/projects/p1');
    expect(words(item)).toBe('Punkt i checklistan Budgetmall ifylld – Grön omställning');
    // The call's closing instant in the reader's own zone.
    expect(words(day?.querySelector('[data-testid="deadline-call"]'))).toBe(
      `Utlysningen stänger · kl. ${formatLocalDate(closing, 'sv-SE', 'time')} Erasmus+ KA220 – Grön omställning`,
    );
    expect(find('calendar-day-2026-03-11')?.querySelector('a')).toBeNull();
  });

  it('is a table with weekday and week headers, Monday first, saying which day is today in words', async () => {
    await open();
    await answer(deadlinesRequest(), []);
    const table = find('calendar-month') as HTMLTableElement;
    const headers = [...table.querySelectorAll('thead th .cdk-visually-hidden')].map((th) => words(th));
    expect(headers).toEqual(['Vecka', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']);
    const spoken = (selector: string) =>
      [...table.querySelectorAll(`${selector} .cdk-visually-hidden`)].map((element) => words(element));
    expect(spoken('tbody th[scope="row"]')).toEqual([
      'Vecka 9',
      'Vecka 10',
      'Vecka 11',
      'Vecka 12',
      'Vecka 13',
      'Vecka 14',
    ]);
    expect(words(table.querySelector('caption'))).toBe('Mars 2026');
    const today = find('calendar-day-2026-03-10');
    expect(today?.getAttribute('aria-current')).toBe('date');
    expect(spoken('[data-testid="calendar-day-2026-03-10"]')).toEqual(['Tisdag 10 mars 2026']);
    expect(words(today?.querySelector('.today-word'))).toBe('I dag');
    expect(table.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(words(page())).toContain('Inga deadlines den här månaden.');
  });

  it('says in words which open deadlines are late, and which are done', async () => {
    await open();
    await answer(deadlinesRequest(), [
      deadline({ id: 'late', dueOn: '2026-03-05' }),
      deadline({ id: 'done', dueOn: '2026-03-04', status: 'done' }),
      deadline({ id: 'coming', dueOn: '2026-03-20' }),
    ]);
    expect(words(find('deadline-late'))).toContain('Försenad');
    expect(words(find('deadline-done'))).toContain('Klar');
    expect(words(find('deadline-done'))).not.toContain('Försenad');
    expect(words(find('deadline-coming'))).not.toContain('Försenad');
  });

  it('fetches the visible weeks of the next and previous months, keeping the month in the address', async () => {
    await open();
    await answer(deadlinesRequest(), []);
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="calendar-next"]' }))
    ).click();
    await settle();
    const april = deadlinesRequest();
    expect(params(april)).toEqual({ from: '2026-03-30', to: '2026-05-03' });
    await answer(april, [deadline({ id: 'april', dueOn: '2026-04-30' })]);
    expect(TestBed.inject(Router).url).toBe('/calendar?month=2026-04');
    expect(words(page().querySelector('h2'))).toBe('April 2026');
    expect(find('calendar-day-2026-04-30')?.querySelector('[data-testid="deadline-april"]')).not.toBeNull();

    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="calendar-previous"]' }))
    ).click();
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="calendar-previous"]' }))
    ).click();
    await settle();
    const [march, february] = backend.match((r) => r.url === '/api/deadlines');
    expect(params(february)).toEqual({ from: '2026-01-26', to: '2026-03-01' });
    february.flush({ items: [], nextCursor: null });
    // March was asked for on the way; its late answer must not replace February's.
    march.flush({ items: [deadline({ id: 'stale', dueOn: '2026-02-27' })], nextCursor: null });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/calendar?month=2026-02');
    expect(find('calendar-day-2026-02-27')).not.toBeNull();
    expect(find('deadline-stale')).toBeNull();
    // February is empty: it asks for the next deadline after it.
    backend.expectOne(nextDeadlineRequest).flush({ items: [], nextCursor: null });
  });

  it('follows the pages of a busy month until every deadline shows, filling in as they come', async () => {
    await open('/calendar?q=skola');
    const loading = () => loader.getAllHarnesses(MatProgressBarHarness);
    const many = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => deadline({ id: `n${from + i}`, dueOn: '2026-03-16' }));

    const first = deadlinesRequest();
    expect(params(first)).toEqual({ from: '2026-02-23', to: '2026-04-05', q: 'skola' });
    await answer(first, many(0, 3), 'after-3');
    // Pages of three stand for the API's 500. The first shows at once, while the rest is on its way.
    expect(find('calendar-day-2026-03-16')?.querySelectorAll('a')).toHaveLength(3);
    expect(await loading()).toHaveLength(1);

    const second = deadlinesRequest();
    expect(params(second)).toEqual({ from: '2026-02-23', to: '2026-04-05', q: 'skola', cursor: 'after-3' });
    await answer(second, many(3, 3), 'after-6');
    const third = deadlinesRequest();
    expect(third.request.params.get('cursor')).toBe('after-6');
    await answer(third, [...many(6, 2), deadline({ id: 'last', dueOn: '2026-04-02' })]);

    expect(find('calendar-day-2026-03-16')?.querySelectorAll('a')).toHaveLength(8);
    expect(find('deadline-n0')).not.toBeNull();
    expect(find('deadline-n7')).not.toBeNull();
    expect(find('deadline-last')).not.toBeNull();
    expect(await loading()).toHaveLength(0);
  });

  it('stops following one month’s pages when another month is asked for', async () => {
    await open();
    await answer(deadlinesRequest(), [deadline({ id: 'march', dueOn: '2026-03-16' })], 'more-of-march');
    const marchRest = deadlinesRequest();
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="calendar-next"]' }))
    ).click();
    await settle();
    const april = deadlinesRequest();
    await answer(marchRest, [deadline({ id: 'late-march', dueOn: '2026-03-31' })], 'even-more-of-march');
    // March's next page is not asked for, and its late page does not show in April.
    backend.expectNone((r) => r.params.get('cursor') === 'even-more-of-march');
    await answer(april, [deadline({ id: 'april', dueOn: '2026-04-30' })]);
    expect(find('deadline-april')).not.toBeNull();
    expect(find('deadline-late-march')).toBeNull();
    expect(find('deadline-march')).toBeNull();
  });

  it('says so when a later page fails, rather than show part of the month as if it were all', async () => {
    await open();
    await answer(deadlinesRequest(), [deadline({ id: 'first', dueOn: '2026-03-16' })], 'more');
    deadlinesRequest().flush(
      { statusCode: 503, code: 'internal_error', message: 'down' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await settle();
    expect(find('deadline-first')).toBeNull();
    expect(words(page().querySelector('[role="alert"]'))).toBeTruthy();
    expect(find('calendar-month')).not.toBeNull();
  });

  it('lists the coming three months by day, with headings, and shows done ones when asked', async () => {
    await open();
    await answer(deadlinesRequest(), []);
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Lista' }))).check();
    await settle();
    const list = deadlinesRequest();
    expect(params(list)).toEqual({ from: '2026-03-10', to: '2026-06-10' });
    await answer(list, [
      deadline({ id: 'a', dueOn: '2026-03-10' }),
      deadline({ id: 'b', dueOn: '2026-04-01', kind: 'final_report', title: 'Grön omställning' }),
      deadline({ id: 'c', dueOn: '2026-04-01', projectId: 'p2', projectTitle: 'Vänort Tartu' }),
    ]);
    expect(find('calendar-month')).toBeNull();
    const days = [...(find('calendar-list')?.querySelectorAll('section') ?? [])];
    expect(days.map((day) => day.getAttribute('data-testid'))).toEqual([
      'calendar-day-2026-03-10',
      'calendar-day-2026-04-01',
    ]);
    expect(days.map((day) => words(day.querySelector('h3')))).toEqual([
      'Tisdag 10 mars 2026 – I dag',
      'Onsdag 1 april 2026',
    ]);
    expect([...days[1].querySelectorAll('a')].map((a) => a.getAttribute('data-testid'))).toEqual([
      'deadline-b',
      'deadline-c',
    ]);
    expect(words(find('deadline-b'))).toBe('Slutrapport Grön omställning');

    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Visa även klara' }))).check();
    await settle();
    const all = deadlinesRequest();
    expect(params(all)).toEqual({ from: '2026-03-10', to: '2026-06-10', status: 'all' });
    await answer(all, []);
    expect(TestBed.inject(Router).url).toBe('/calendar?view=list&status=all');
    expect(words(page())).toContain('Inga deadlines de närmaste tre månaderna.');
  });

  it('takes its filters from the address and puts a chosen one there', async () => {
    await open('/calendar?view=list&q=skola&programmeId=p1');
    expect(params(deadlinesRequest())).toEqual({
      from: '2026-03-10',
      to: '2026-06-10',
      programmeId: 'p1',
      q: 'skola',
    });
    const department = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="calendar-filter-department"]' }),
    );
    await department.open();
    await department.clickOptions({ text: 'Utbildningsförvaltningen' });
    await settle();
    const filtered = deadlinesRequest();
    expect(filtered.request.params.get('departmentId')).toBe('d1');
    await answer(filtered, []);
    expect(words(page())).toContain('Inga deadlines de närmaste tre månaderna matchar filtren.');
  });

  it('says when the next deadline is when a month has none, and goes to its month', async () => {
    await open('/calendar?month=2026-04');
    const april = deadlinesRequest();
    expect(params(april)).toEqual({ from: '2026-03-30', to: '2026-05-03' });
    april.flush({ items: [], nextCursor: null } satisfies DeadlinePage);
    await settle();
    const next = backend.expectOne(nextDeadlineRequest);
    expect(params(next)).toEqual({ from: '2026-05-04', limit: '1' });
    next.flush({
      items: [deadline({ title: 'Slutrapport', projectTitle: 'Språkbron', dueOn: '2026-06-15' })],
      nextCursor: null,
    } satisfies DeadlinePage);
    await settle();
    expect(words(find('calendar-month-empty'))).toBe('Inga deadlines den här månaden.');
    expect(words(find('calendar-next-deadline'))).toContain(
      `Nästa deadline är ${formatLocalDay('2026-06-15', 'sv-SE')}: Slutrapport (Språkbron).`,
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: /^Visa juni 2026$/i }))).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/calendar?month=2026-06');
    await answer(deadlinesRequest(), []);
  });
});
