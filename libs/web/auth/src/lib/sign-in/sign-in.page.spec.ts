import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@gp/domain';
import { ApiSession, LanguageStore, apiSessionInterceptor, provideTranslations } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { SignInPage } from './sign-in.page';
import { annaFixture } from '@gp/web/session/testing';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const anna: CurrentUser = annaFixture;

describe('SignInPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'sign-in', component: SignInPage },
            { path: 'board', component: Blank },
            { path: 'admin/users', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).load();
    backend.expectOne('/api/auth/session').flush({ user: null, csrfToken: 't' });
    await loading;
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function open(url = '/sign-in'): Promise<void> {
    await harness.navigateByUrl(url, SignInPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function field(label: string): Promise<MatInputHarness> {
    const formField = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await formField.getControl(MatInputHarness)) as MatInputHarness;
  }

  const submit = () => loader.getHarness(MatButtonHarness.with({ text: 'Logga in' }));
  const problemText = () =>
    (harness.routeNativeElement?.querySelector('[data-testid=sign-in-problem]')?.textContent ?? '').trim();
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };

  it('has one h1 and labelled fields', async () => {
    await open();
    const headings = harness.routeNativeElement?.querySelectorAll('h1') ?? [];
    expect([...headings].map((h) => h.textContent?.trim())).toEqual(['Logga in']);
    expect(await (await field('E-postadress')).getType()).toBe('email');
    expect(await (await field('Lösenord')).getType()).toBe('password');
  });

  it('signs in and goes to where the person was going', async () => {
    await open('/sign-in?returnUrl=%2Fadmin%2Fusers');
    await (await field('E-postadress')).setValue('anna@kommun.se');
    await (await field('Lösenord')).setValue('a long passphrase');
    await (await submit()).click();

    const request = backend.expectOne({ method: 'POST', url: '/api/auth/sign-in' });
    expect(request.request.body).toEqual({ email: 'anna@kommun.se', password: 'a long passphrase' });
    request.flush({ user: anna, csrfToken: 't2' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/admin/users');
  });

  it('goes to the board when there is no safe place to return to', async () => {
    await open('/sign-in?returnUrl=https%3A%2F%2Fevil.example');
    await (await field('E-postadress')).setValue('anna@kommun.se');
    await (await field('Lösenord')).setValue('a long passphrase');
    await (await submit()).click();
    backend.expectOne('/api/auth/sign-in').flush({ user: anna, csrfToken: 't2' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/board');
  });

  /** Tries a wrong password and lets the API refuse it with this code and status. */
  async function refusedSignIn(code: string, status: number, statusText: string): Promise<void> {
    await open();
    await (await field('E-postadress')).setValue('anna@kommun.se');
    await (await field('Lösenord')).setValue('wrong');
    await (await submit()).click();
    backend.expectOne('/api/auth/sign-in').flush({ statusCode: status, code, message: 'x' }, { status, statusText });
    await settle();
  }

  it('says, in the live region, that the email or password is wrong', async () => {
    await refusedSignIn('invalid_credentials', 401, 'Unauthorized');

    expect(problemText()).toBe('Fel e-postadress eller lösenord.');
    expect(TestBed.inject(Router).url).toBe('/sign-in');
  });

  it('tells the person to wait after too many attempts', async () => {
    await refusedSignIn('too_many_sign_in_attempts', 429, 'Too Many Requests');
    expect(problemText()).toContain('Vänta 15 minuter');
  });

  it('checks the fields before asking the server', async () => {
    await open();
    await (await field('E-postadress')).setValue('not-an-address');
    await (await submit()).click();
    backend.expectNone('/api/auth/sign-in');

    const email = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'E-postadress' }));
    const password = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Lösenord' }));
    expect(await email.getTextErrors()).toEqual(['Skriv en e-postadress, till exempel namn@kommun.se.']);
    expect(await password.getTextErrors()).toEqual(['Det här fältet måste fyllas i.']);
  });

  it('speaks Norwegian when the person switches', async () => {
    await open();
    await TestBed.inject(LanguageStore).use('nb');
    await settle();
    expect(await loader.getHarness(MatButtonHarness.with({ text: 'Logg inn' }))).toBeTruthy();
    expect(await (await field('Passord')).getType()).toBe('password');
  });
});
