import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@gp/domain';
import { SessionStore } from '@gp/web/session';
import { ApiSession, LanguageStore, apiSessionInterceptor, provideFirstScreenTranslations } from '@gp/web/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  let harness: RouterTestingHarness;

  async function signedInAs(roles: Role[] | null): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        // As app.config: the first screen's texts only; the signed-in shell's route adds the rest.
        provideFirstScreenTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
      ],
    });
    const loading = TestBed.inject(SessionStore).load();
    const user = roles && { id: 'u1', email: 'a@kommun.se', name: 'A', roles, departmentIds: [], language: 'sv' };
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ user, csrfToken: 't' });
    await loading;
    harness = await RouterTestingHarness.create();
  }

  it('sends a signed-out visitor to sign in, remembering the page they asked for', async () => {
    await signedInAs(null);
    await harness.navigateByUrl('/calendar?month=2027-03');
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fcalendar%3Fmonth%3D2027-03');
    expect(h1()).toBe('Logga in');
    expect(TestBed.inject(Title).getTitle()).toBe('Logga in – Projektdesken');
  });

  const h1 = () => harness.routeNativeElement?.ownerDocument.querySelector('main h1')?.textContent?.trim();

  it('opens the board from the root for those who work the pipeline, with its heading and a translated title', async () => {
    await signedInAs(['project_lead', 'viewer']);
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/board');
    expect(h1()).toBe('Tavlan');
    expect(TestBed.inject(Title).getTitle()).toBe('Tavlan – Projektdesken');
  });

  it('opens the reports from the root for a person who only reads', async () => {
    await signedInAs(['viewer']);
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/reports');
  });

  it('follows a language switch in the page title', async () => {
    await signedInAs(['viewer']);
    await harness.navigateByUrl('/programmes');
    TestBed.inject(LanguageStore).use('nb');
    await firstValueFrom(TestBed.inject(TranslocoService).load('nb'));
    expect(TestBed.inject(Title).getTitle()).toBe('Programmer – Projektdesken');
  });

  it('lets a coordinator, not a viewer, add programmes', async () => {
    const newProgramme = () =>
      [...(harness.routeNativeElement?.querySelectorAll('button') ?? [])].some(
        (button) => button.textContent?.trim() === 'Nytt program',
      );
    await signedInAs(['viewer']);
    await harness.navigateByUrl('/programmes');
    TestBed.inject(HttpTestingController).expectOne('/api/programmes').flush([]);
    await harness.fixture.whenStable();
    expect(h1()).toBe('Program');
    expect(newProgramme()).toBe(false);

    TestBed.resetTestingModule();
    await signedInAs(['coordinator']);
    await harness.navigateByUrl('/programmes');
    TestBed.inject(HttpTestingController).expectOne('/api/programmes').flush([]);
    await harness.fixture.whenStable();
    expect(newProgramme()).toBe(true);
  });

  it('opens the calendar for every role, asking for the deadlines of the visible weeks', async () => {
    await signedInAs(['viewer']);
    await harness.navigateByUrl('/calendar');
    const backend = TestBed.inject(HttpTestingController);
    const deadlines = backend.expectOne((r) => r.url === '/api/deadlines');
    expect(deadlines.request.params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(deadlines.request.params.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    deadlines.flush({ items: [], nextCursor: null });
    backend.expectOne('/api/calendar/feed').flush({ exists: false, createdAt: null });
    backend
      .match((r) => ['/api/departments', '/api/programmes', '/api/people'].includes(r.url))
      .forEach((r) => r.flush([]));
    await harness.fixture.whenStable();
    expect(h1()).toBe('Kalender');
    expect(TestBed.inject(Title).getTitle()).toBe('Kalender – Projektdesken');
    expect(harness.routeNativeElement?.querySelector('[data-testid="calendar-month"]')).not.toBeNull();
  });

  it('opens the reminders page for every role, narrowed to a project from the address', async () => {
    await signedInAs(['project_lead']);
    await harness.navigateByUrl('/notifications?projectId=p1');
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/notifications?limit=50&offset=0&projectId=p1').flush({ items: [], total: 0 });
    backend.expectOne('/api/reminders/planned?projectId=p1').flush([]);
    await harness.fixture.whenStable();
    expect(h1()).toBe('Påminnelser');
    expect(TestBed.inject(Title).getTitle()).toBe('Påminnelser – Projektdesken');
  });

  it('answers an unknown address with the not-found page', async () => {
    await signedInAs(['viewer']);
    await harness.navigateByUrl('/no/such/page');
    expect(h1()).toBe('Sidan finns inte');
    expect(TestBed.inject(Title).getTitle()).toBe('Sidan finns inte – Projektdesken');
  });

  it('opens the approvals page for a head of department, who decides as the signed-in person', async () => {
    await signedInAs(['department_head']);
    await harness.navigateByUrl('/approvals?request=r1');
    const backend = TestBed.inject(HttpTestingController);
    const own = {
      id: 'r1',
      projectId: 'p1',
      projectTitle: 'Grön omställning',
      departmentId: 'd1',
      departmentName: 'Utbildningsförvaltningen',
      currency: 'SEK',
      years: [{ year: 2027, cashMinor: 100, inKindMinor: 0 }],
      justification: '',
      status: 'pending',
      requestedById: 'u1',
      requestedByName: 'A',
      requestedAt: '2027-01-01T00:00:00Z',
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      decisionComment: null,
      route: {
        route: 'head',
        reason: 'within_head_limit',
        totalMinor: 100,
        currency: 'SEK',
        headLimitMinor: 10_000_000,
        limitCurrency: 'SEK',
        boardAfterYears: 3,
      },
      plan: { decisionNeededBy: null, meeting: null, nextMeeting: null, problem: 'no_call_deadline', bodyId: null, bodyName: null },
      yearsOverFrame: [],
      recommendation: null,
      recommendationComment: null,
      recommendedByName: null,
      recommendedAt: null,
      decidedAs: null,
      minutes: null,
      extractItemId: null,
      version: 1,
    };
    backend
      .expectOne((r) => r.url === '/api/co-funding-requests' && r.params.get('status') === 'pending')
      .flush([own]);
    backend.expectOne('/api/co-funding/commitments').flush([]);
    backend.expectOne('/api/co-funding/ledger').flush([]);
    await harness.fixture.whenStable();
    expect(h1()).toBe('Godkännanden');
    expect(TestBed.inject(Title).getTitle()).toBe('Godkännanden – Projektdesken');
    const card = harness.routeNativeElement?.querySelector('[data-testid="approval-r1"]');
    // The signed-in user (u1, from the session) asked for it, and the ?request param highlights it.
    expect(card?.classList).toContain('highlighted');
    expect(card?.querySelector('[data-testid="approve-r1"]')).toBeNull();
  });

  it('keeps a viewer out of the approvals page', async () => {
    await signedInAs(['viewer']);
    await harness.navigateByUrl('/approvals');
    expect(TestBed.inject(Router).url).toBe('/board');
  });

  it('lets a coordinator into the approvals inbox and the co-funding ledger', async () => {
    await signedInAs(['coordinator']);
    await harness.navigateByUrl('/co-funding/ledger');
    expect(TestBed.inject(Router).url).toBe('/co-funding/ledger');
    expect(h1()).toBe('Medfinansiering per budgetår');
  });

  it('keeps a coordinator out of the admin pages', async () => {
    await signedInAs(['coordinator']);
    await harness.navigateByUrl('/admin/users');
    expect(TestBed.inject(Router).url).toBe('/board');
  });
});
