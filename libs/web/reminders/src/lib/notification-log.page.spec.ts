import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import type { NotificationLogEntry, NotificationLogPage as LogPage, PlannedReminder } from '@gp/domain';
import { provideTranslations } from '@gp/web/core';
import { provideTranslatedPaginator } from '@gp/web/ui';
import { logEntry, plannedReminder } from '../testing/reminder.fixtures';
import { NotificationLogPage } from './notification-log.page';
import { settleFixture } from '@gp/web/core/testing';

const STATUSES: NotificationLogEntry['status'][] = ['sent', 'kept', 'failed', 'flagged', 'queued', 'sending'];

describe('NotificationLogPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<NotificationLogPage>;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const table = (testId: string) =>
    loader.getHarness(MatTableHarness.with({ selector: `[data-testid="${testId}"]` }));

  async function open(log: LogPage, planned: PlannedReminder[], projectId?: string): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(),
        provideTranslatedPaginator(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationLogPage);
    if (projectId) fixture.componentRef.setInput('projectId', projectId);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    const filter = projectId ? `projectId=${projectId}` : '';
    backend.expectOne(`/api/notifications?limit=50&offset=0${filter ? `&${filter}` : ''}`).flush(log);
    backend.expectOne(`/api/reminders/planned${filter ? `?${filter}` : ''}`).flush(planned);
    backend.expectOne('/api/reminders/send-time').flush({ sendTime: '07:30', timeZone: 'Europe/Oslo' });
    await settle();
  }

  it('says when reminders go out as configured, not a written-in hour', async () => {
    await open({ items: [], total: 0 }, []);
    expect(
      (fixture.nativeElement as HTMLElement)
        .querySelector('[data-testid="reminders-intro"]')
        ?.textContent?.trim(),
    ).toBe(
      'Desken mejlar påminnelser om öppna deadlines kl. 07.30 norsk tid ett antal dagar före, och dagen efter om det som ska göras fortfarande inte är klart.',
    );
  });

  afterEach(() => backend.verify());

  it('says each status and when the reminder went out in words, and links to the project', async () => {
    const items = STATUSES.map((status, i) =>
      logEntry({ id: `n${i}`, status, offsetDays: [30, -1, 1, 0, 14, 3][i] }),
    );
    await open({ items, total: items.length }, []);
    const cells = await (await table('notification-log')).getCellTextByColumnName();
    expect(cells['status'].text).toEqual([
      'Skickat',
      'Sparat (ej skickat)',
      'Misslyckades',
      'Flaggat',
      'I kö',
      'Skickas',
    ]);
    expect(cells['offset'].text).toEqual([
      '30 dagar före',
      'dagen efter',
      '1 dag före',
      'samma dag',
      '14 dagar före',
      '3 dagar före',
    ]);
    expect(cells['recipient'].text[0]).toBe('Lena Lind lena@kommun.se');
    expect(cells['deadline'].text[0]).toBe('Utlysningen stänger: Erasmus+ KA220');
    expect(cells['dueOn'].text[0]).toBe('2 apr. 2026');
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      '[data-testid="notification-log"] a',
    );
    expect(link?.getAttribute('href')).toBe('/projects/p1');
  });

  it('pages on the server with limit and offset, with translated labels', async () => {
    const first = Array.from({ length: 50 }, (_, i) => logEntry({ id: `n${i}` }));
    await open({ items: first, total: 120 }, []);
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1–50 av 120');
    await paginator.goToNextPage();
    backend
      .expectOne('/api/notifications?limit=50&offset=50')
      .flush({ items: [logEntry({ id: 'n50', recipientName: 'Per Holm' })], total: 120 });
    await settle();
    expect(await paginator.getRangeLabel()).toBe('51–100 av 120');
    const cells = await (await table('notification-log')).getCellTextByColumnName();
    expect(cells['recipient'].text).toEqual(['Per Holm lena@kommun.se']);
  });

  it('lists the planned reminders, soonest first as the API gives them', async () => {
    await open({ items: [], total: 0 }, [
      plannedReminder(),
      plannedReminder({
        deadlineId: 'd2',
        kind: 'call',
        title: 'Interreg Aurora',
        offsetDays: -1,
        dueOn: '2026-07-01',
      }),
    ]);
    const cells = await (await table('planned-reminders')).getCellTextByColumnName();
    expect(cells['project'].text).toEqual(['Grön omställning', 'Grön omställning']);
    expect(cells['deadline'].text).toEqual([
      'Slutrapport: Grön omställning',
      'Utlysningen stänger: Interreg Aurora',
    ]);
    expect(cells['dueOn'].text).toEqual(['30 juni 2026', '1 juli 2026']);
    expect(cells['offset'].text).toEqual(['14 dagar före', 'dagen efter']);
  });

  it('says plainly when nothing has been sent or planned', async () => {
    await open({ items: [], total: 0 }, []);
    expect(text()).toContain('Inga påminnelser har skickats än.');
    expect(text()).toContain('Inga påminnelser är planerade.');
    expect(await loader.getAllHarnesses(MatTableHarness)).toEqual([]);
    expect(await loader.getAllHarnesses(MatPaginatorHarness)).toEqual([]);
  });

  it('narrows both lists to one project when the address names it', async () => {
    await open({ items: [logEntry()], total: 1 }, [plannedReminder()], 'p1');
    expect(text()).toContain('Visar påminnelser för ett projekt.');
    const cells = await (await table('planned-reminders')).getCellTextByColumnName();
    // One project's list has no project column.
    expect(Object.keys(cells)).toEqual(['at', 'deadline', 'dueOn', 'offset']);

    // "Show all" drops the param; both lists are everyone's again.
    fixture.componentRef.setInput('projectId', undefined);
    await settle();
    backend.expectOne('/api/notifications?limit=50&offset=0').flush({ items: [], total: 0 });
    backend.expectOne('/api/reminders/planned').flush([]);
    await settle();
    expect(text()).not.toContain('Visar påminnelser för ett projekt.');
  });
});
