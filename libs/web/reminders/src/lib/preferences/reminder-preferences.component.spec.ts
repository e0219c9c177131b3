import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter } from '@angular/router';
import type { ReminderPreferences, Role } from '@gp/domain';
import { ApiSession, apiSessionInterceptor, provideTranslations } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { ReminderPreferencesComponent } from './reminder-preferences.component';
import { settleFixture } from '@gp/web/core/testing';

describe('ReminderPreferencesComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ReminderPreferencesComponent>;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const text = (selector: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();

  async function open(roles: Role[], preferences: ReminderPreferences): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).load();
    backend.expectOne('/api/auth/session').flush({
      user: { id: 'u1', email: 'anna@kommun.se', name: 'Anna', roles, departmentIds: [], language: 'sv' },
      csrfToken: 't',
    });
    await loading;
    fixture = TestBed.createComponent(ReminderPreferencesComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/reminders/preferences' }).flush(preferences);
    await settle();
  }

  afterEach(() => backend.verify());

  const group = () =>
    loader.getHarness(MatRadioGroupHarness.with({ selector: '[data-testid="reminder-delivery"]' }));
  const resetButtons = () =>
    loader.getAllHarnesses(MatButtonHarness.with({ selector: '[data-testid="reminder-delivery-reset"]' }));

  it('shows the role default and saves a change with a PUT', async () => {
    await open(['project_lead'], { delivery: 'immediate', isDefault: true, mutedProjectIds: ['a', 'b'] });
    const delivery = await group();
    expect(await (await delivery.getCheckedRadioButton())?.getLabelText()).toBe('Varje påminnelse för sig');
    expect(text('#reminder-delivery-hint')).toBe('Standard för din roll.');
    expect(await resetButtons()).toHaveLength(0);
    expect(text('[data-testid="reminder-muted"]')).toBe('Du har stängt av påminnelser för 2 projekt.');

    await delivery.checkRadioButton({ label: 'En sammanfattning om dagen' });
    const request = backend.expectOne('/api/reminders/preferences');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ delivery: 'digest' });
    request.flush({ delivery: 'digest', isDefault: false, mutedProjectIds: ['a', 'b'] });
    await settle();

    expect(text('[role="status"]')).toBe('Sparat');
    expect(text('#reminder-delivery-hint')).toBe('Standard för din roll är: Sammanfattning om dagen, de sista påminnelserna direkt.');
    expect(await resetButtons()).toHaveLength(1);
  });

  it('returns to the role default with a null delivery', async () => {
    await open(['department_head'], { delivery: 'immediate', isDefault: false, mutedProjectIds: [] });
    expect(text('#reminder-delivery-hint')).toBe('Standard för din roll är: Sammanfattning om dagen, de sista påminnelserna direkt.');
    expect(text('[data-testid="reminder-muted"]')).toBe('Du får påminnelser om alla projekt som rör dig.');

    await (await resetButtons())[0].click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/reminders/preferences' });
    expect(request.request.body).toEqual({ delivery: null });
    request.flush({ delivery: 'digest', isDefault: true, mutedProjectIds: [] });
    await settle();

    expect(await (await (await group()).getCheckedRadioButton())?.getLabelText()).toBe(
      'En sammanfattning om dagen',
    );
    expect(await resetButtons()).toHaveLength(0);
    expect(text('[role="status"]')).toBe('Sparat');
  });

  it('puts the choice back when saving fails', async () => {
    await open(['viewer'], { delivery: 'immediate', isDefault: true, mutedProjectIds: ['a'] });
    expect(text('[data-testid="reminder-muted"]')).toBe('Du har stängt av påminnelser för 1 projekt.');
    const delivery = await group();
    await delivery.checkRadioButton({ label: 'En sammanfattning om dagen' });
    backend
      .expectOne({ method: 'PUT', url: '/api/reminders/preferences' })
      .flush({ statusCode: 500, code: 'internal', message: 'x' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(await (await delivery.getCheckedRadioButton())?.getLabelText()).toBe('Varje påminnelse för sig');
    expect(text('[role="status"]')).toBe('');
  });
});
