import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CSRF_HEADER } from '@gp/domain';
import { ApiSession, apiSessionInterceptor, provideTranslations } from '@gp/web/core';
import { settleFixture } from '@gp/web/core/testing';
import { SessionStore } from '@gp/web/session';
import { forgotPasswordRoutes, newPasswordRoutes } from './password-reset.routes';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const TOKEN = 'a'.repeat(43);

describe('the forgot-password pages', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'forgot-password', children: forgotPasswordRoutes },
          { path: 'new-password', children: newPasswordRoutes },
          { path: 'sign-in', component: Blank },
        ]),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).load();
    backend.expectOne('/api/auth/session').flush({ user: null, csrfToken: 'anon-token' });
    await loading;
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const page = (): HTMLElement => harness.fixture.nativeElement as HTMLElement;
  async function type(label: string, value: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const input = (await field.getControl(MatInputHarness)) as MatInputHarness;
    await input.setValue(value);
    await input.blur();
  }
  const click = async (text: string) => (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  const errorsOf = async (label: string) =>
    (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getTextErrors();
  const settle = async () => {
    await settleFixture(harness.fixture);
    harness.detectChanges();
    await harness.fixture.whenStable();
  };

  describe('asking for a link', () => {
    it('checks the address first, then says where the link went, with the CSRF token', async () => {
      await open('/forgot-password');
      await click('Skicka länken');
      expect(await errorsOf('E-postadress')).toEqual(['Det här fältet måste fyllas i.']);
      await type('E-postadress', 'inte en adress');
      expect(await errorsOf('E-postadress')).toEqual(['Skriv en e-postadress, till exempel namn@kommun.se.']);
      backend.expectNone('/api/auth/password-reset-requests');

      await type('E-postadress', ' anna@kommun.se ');
      await click('Skicka länken');
      const request = backend.expectOne({ method: 'POST', url: '/api/auth/password-reset-requests' });
      expect(request.request.body).toEqual({ email: 'anna@kommun.se' });
      expect(request.request.headers.get(CSRF_HEADER)).toBe('anon-token');
      request.flush(null, { status: 202, statusText: 'Accepted' });
      await settle();

      expect(page().querySelector('h1')?.textContent).toContain('Titta i din e-post');
      expect(page().querySelector('[data-testid="reset-link-sent"]')?.textContent).toContain(
        'Om anna@kommun.se hör till ett konto',
      );
      expect(document.activeElement?.tagName).toBe('H1');
    });

    it('says when too many links were asked for', async () => {
      await open('/forgot-password');
      await type('E-postadress', 'anna@kommun.se');
      await click('Skicka länken');
      backend
        .expectOne('/api/auth/password-reset-requests')
        .flush({ statusCode: 429, code: 'too_many_reset_requests', message: 'x' }, { status: 429, statusText: 'Too Many' });
      await settle();
      expect(page().querySelector('[data-testid="reset-problem"]')?.textContent).toContain(
        'För många förfrågningar om nytt lösenord',
      );
    });
  });

  describe('choosing a new password', () => {
    it('takes the secret from the address, out of the address bar, and saves with the account page’s rules', async () => {
      await open(`/new-password#${TOKEN}`);
      expect(TestBed.inject(Location).path(true)).toBe('/new-password');

      await type('Nytt lösenord', 'kort');
      await type('Upprepa det nya lösenordet', 'annat');
      expect(await errorsOf('Nytt lösenord')).toEqual(['Lösenordet måste ha minst 12 tecken.']);
      await click('Spara det nya lösenordet');
      expect(await errorsOf('Upprepa det nya lösenordet')).toEqual(['Lösenorden är inte likadana.']);
      backend.expectNone('/api/auth/password-resets');

      await type('Nytt lösenord', 'en lång ny lösenfras');
      await type('Upprepa det nya lösenordet', 'en lång ny lösenfras');
      await click('Spara det nya lösenordet');
      const request = backend.expectOne({ method: 'POST', url: '/api/auth/password-resets' });
      expect(request.request.body).toEqual({ token: TOKEN, newPassword: 'en lång ny lösenfras' });
      request.flush(null, { status: 204, statusText: 'No Content' });
      await settle();

      expect(page().querySelector('h1')?.textContent).toContain('Lösenordet är bytt');
      expect(document.activeElement?.tagName).toBe('H1');
      expect(page().querySelector('a[href="/sign-in"]')?.textContent).toContain('Logga in');
    });

    it.each([
      ['reset_link_used', 'Länken är redan använd'],
      ['reset_link_expired', 'Länken har gått ut'],
    ])('says clearly when the link is %s and offers a new one', async (code, text) => {
      await open(`/new-password#${TOKEN}`);
      await type('Nytt lösenord', 'en lång ny lösenfras');
      await type('Upprepa det nya lösenordet', 'en lång ny lösenfras');
      await click('Spara det nya lösenordet');
      backend
        .expectOne('/api/auth/password-resets')
        .flush({ statusCode: 422, code, message: 'x', errors: { token: ['x'] } }, { status: 422, statusText: 'x' });
      await settle();
      expect(page().querySelector('h1')?.textContent).toContain('Länken fungerar inte');
      expect(page().querySelector('[data-testid="reset-link-problem"]')?.textContent).toContain(text);
      expect(page().querySelector('a[href="/forgot-password"]')?.textContent).toContain('Be om en ny länk');
    });

    it('shows the API’s refusal of the password at the field', async () => {
      await open(`/new-password#${TOKEN}`);
      await type('Nytt lösenord', 'anna@kommun.se');
      await type('Upprepa det nya lösenordet', 'anna@kommun.se');
      await click('Spara det nya lösenordet');
      backend.expectOne('/api/auth/password-resets').flush(
        { statusCode: 422, code: 'weak_password', message: 'x', errors: { newPassword: ['newPassword is not acceptable'] } },
        { status: 422, statusText: 'x' },
      );
      await settle();
      expect((await errorsOf('Nytt lösenord')).length).toBe(1);
      expect(page().querySelector('h1')?.textContent).toContain('Välj ett nytt lösenord');
    });

    it('says a link without its secret does not work', async () => {
      await open('/new-password');
      expect(page().querySelector('[data-testid="reset-link-problem"]')?.textContent).toContain(
        'Adressen saknar länkens kod',
      );
    });
  });
});
