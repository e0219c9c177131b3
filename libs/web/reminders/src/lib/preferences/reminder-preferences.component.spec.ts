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

  const prefs = (
    delivery: ReminderPreferences['delivery'],
    isDefault: boolean,
    mutedProjectIds: string[] = [],
  ) => ({
    delivery,
    isDefault,
    mutedProjectIds,
    sendTime: '07:30',
    timeZone: 'Europe/Stockholm',
  });

  it('offers the three choices, explained with the configured send time, the default marked', async () => {
    await open(['project_lead'], prefs('mixed', true, ['a', 'b']));
    const delivery = await group();
    const radios = await delivery.getRadioButtons();
    expect(await Promise.all(radios.map((radio) => radio.getLabelText()))).toEqual([
      'Sammanfattning om dagen, de sista påminnelserna direkt (standard)',
      'Varje påminnelse för sig',
      'En sammanfattning om dagen',
    ]);
    expect(await (await delivery.getCheckedRadioButton())?.getLabelText()).toContain('(standard)');
    expect(text('#reminder-delivery-mixed-explained')).toBe(
      'Påminnelser i god tid samlas i ett mejl om dagen, strax efter kl. 07.30 svensk tid. Dagen före, på sista dagen och när något är försenat får du ett eget mejl kl. 07.30.',
    );
    expect(text('#reminder-delivery-immediate-explained')).toBe(
      'Ett eget mejl för varje påminnelse, kl. 07.30 svensk tid.',
    );
    // Each explanation describes its radio to a screen reader.
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      'input[value="digest"]',
    );
    expect(input?.getAttribute('aria-describedby')).toBe('reminder-delivery-digest-explained');
    expect(text('#reminder-delivery-hint')).toBe('Du har standardvalet.');
    expect(await resetButtons()).toHaveLength(0);
    expect(text('[data-testid="reminder-muted"]')).toBe('Du har stängt av påminnelser för 2 projekt.');
  });

  it('saves a change with a PUT and says what the default is', async () => {
    await open(['project_lead'], prefs('mixed', true));
    const delivery = await group();
    await delivery.checkRadioButton({ label: 'En sammanfattning om dagen' });
    const request = backend.expectOne('/api/reminders/preferences');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ delivery: 'digest' });
    request.flush(prefs('digest', false));
    await settle();

    expect(text('[role="status"]')).toBe('Sparat');
    expect(text('#reminder-delivery-hint')).toBe(
      'Du har gjort ett eget val. Standard är: Sammanfattning om dagen, de sista påminnelserna direkt.',
    );
    expect(await resetButtons()).toHaveLength(1);
  });

  it('returns to the default with a null delivery', async () => {
    await open(['department_head'], prefs('immediate', false));
    expect(text('[data-testid="reminder-muted"]')).toBe('Du får påminnelser om alla projekt som rör dig.');

    await (await resetButtons())[0].click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/reminders/preferences' });
    expect(request.request.body).toEqual({ delivery: null });
    request.flush(prefs('mixed', true));
    await settle();

    expect(await (await (await group()).getCheckedRadioButton())?.getLabelText()).toBe(
      'Sammanfattning om dagen, de sista påminnelserna direkt (standard)',
    );
    expect(await resetButtons()).toHaveLength(0);
    expect(text('[role="status"]')).toBe('Sparat');
  });

  it('puts the choice back when saving fails', async () => {
    await open(['viewer'], prefs('immediate', false, ['a']));
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
