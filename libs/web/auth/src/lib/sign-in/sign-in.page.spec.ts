import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser } from '@gp/domain';
import { ApiSession, LanguageStore, apiSessionInterceptor, provideFirstScreenTranslations } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { SignInPage } from './sign-in.page';
import { annaFixture } from '@gp/web/session/testing';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const anna: CurrentUser = annaFixture;

describe('SignInPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'sign-in', component: SignInPage },
            { path: '', pathMatch: 'full', component: Blank },
            { path: 'board', component: Blank },
            { path: 'admin/users', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        // As the app starts: the first screen's Swedish texts only (the shell brings the rest).
        provideFirstScreenTranslations(),
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
  }

  const page = (): HTMLElement => harness.routeNativeElement as HTMLElement;

  /** The field a label names, as a person finds it. */
  function field(label: string): HTMLInputElement {
    const labels = [...page().querySelectorAll('label')];
    const found = labels.find((l) => l.textContent?.trim() === label);
    if (!found) throw new Error(`no field labelled ${label}`);
    return page().querySelector(`#${found.htmlFor}`) as HTMLInputElement;
  }

  async function type(label: string, value: string): Promise<void> {
    const input = field(label);
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
  }

  function button(name: string): HTMLButtonElement {
    const found = [...page().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  async function submit(): Promise<void> {
    button('Logga in').click();
    await harness.fixture.whenStable();
  }

  /** The message under a field, as its description (aria-describedby) reads it out. */
  function problemOf(label: string): string | null {
    const input = field(label);
    const id = input.getAttribute('aria-describedby');
    return id ? (page().querySelector(`#${id}`)?.textContent?.trim() ?? '') : null;
  }

  const problemText = () => (page().querySelector('[data-testid=sign-in-problem]')?.textContent ?? '').trim();
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };

  it('finds every text it shows among those the app starts with, so it never shows a key', async () => {
    // Transloco warns of each key it lacks (in dev mode, as tests run) and shows the key instead.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await open();
    await submit();
    await type('E-postadress', 'not-an-address');
    await type('E-postadress', 'anna@kommun.se');
    await type('Lösenord', 'wrong');
    await submit();
    backend
      .expectOne('/api/auth/sign-in')
      .flush({ statusCode: 500, code: 'internal_error', message: 'x' }, { status: 500, statusText: 'x' });
    await settle();

    const missing = warn.mock.calls.map((call) => call.join(' ')).filter((text) => text.includes('Missing'));
    warn.mockRestore();
    expect(missing).toEqual([]);
    expect(page().textContent).toContain('Kommunens internationella projekt');
  });

  it('has one h1 and labelled, required fields that browsers can fill in', async () => {
    await open();
    const headings = page().querySelectorAll('h1');
    expect([...headings].map((h) => h.textContent?.trim())).toEqual(['Logga in']);
    const email = field('E-postadress');
    const password = field('Lösenord');
    expect([email.type, email.autocomplete, email.required]).toEqual(['email', 'username', true]);
    expect([password.type, password.autocomplete, password.required]).toEqual([
      'password',
      'current-password',
      true,
    ]);
  });

  it('shows the password on request, with a toggle that says whether it is on', async () => {
    await open();
    const toggle = page().querySelector<HTMLButtonElement>('button[aria-label="Visa tecknen du skrivit"]');
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    toggle?.click();
    await harness.fixture.whenStable();
    expect(field('Lösenord').type).toBe('text');
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
  });

  it('signs in and goes to where the person was going', async () => {
    await open('/sign-in?returnUrl=%2Fadmin%2Fusers');
    await type('E-postadress', ' anna@kommun.se ');
    await type('Lösenord', 'a long passphrase');
    await submit();

    const request = backend.expectOne({ method: 'POST', url: '/api/auth/sign-in' });
    expect(request.request.body).toEqual({ email: 'anna@kommun.se', password: 'a long passphrase' });
    request.flush({ user: anna, csrfToken: 't2' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/admin/users');
  });

  it('goes to the landing page when there is no safe place to return to', async () => {
    await open('/sign-in?returnUrl=https%3A%2F%2Fevil.example');
    await type('E-postadress', 'anna@kommun.se');
    await type('Lösenord', 'a long passphrase');
    await submit();
    backend.expectOne('/api/auth/sign-in').flush({ user: anna, csrfToken: 't2' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/');
  });

  /** Tries a wrong password and lets the API refuse it with this code and status. */
  async function refusedSignIn(code: string, status: number, statusText: string): Promise<void> {
    await open();
    await type('E-postadress', 'anna@kommun.se');
    await type('Lösenord', 'wrong');
    await submit();
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

  it('checks the fields before asking the server, and takes the person to the first to fix', async () => {
    await open();
    expect(problemOf('E-postadress')).toBeNull();
    await type('E-postadress', 'not-an-address');
    await submit();
    backend.expectNone('/api/auth/sign-in');

    expect(problemOf('E-postadress')).toBe('Skriv en e-postadress, till exempel namn@kommun.se.');
    expect(problemOf('Lösenord')).toBe('Det här fältet måste fyllas i.');
    expect(field('E-postadress').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('E-postadress'));

    await type('E-postadress', 'anna@kommun.se');
    expect(problemOf('E-postadress')).toBeNull();
    expect(field('E-postadress').hasAttribute('aria-invalid')).toBe(false);
  });

  it('speaks Norwegian when the person switches, from the language choice', async () => {
    await open();
    const choice = page().querySelector('select') as HTMLSelectElement;
    expect([...(choice.labels ?? [])].map((label) => label.textContent?.trim())).toEqual(['Språk']);
    expect([...choice.options].map((o) => [o.value, o.lang, o.textContent?.trim()])).toEqual([
      ['sv', 'sv', 'Svenska'],
      ['nb', 'nb', 'Norsk bokmål'],
      ['en', 'en', 'English'],
    ]);
    choice.value = 'nb';
    choice.dispatchEvent(new Event('change'));
    // Norwegian is a chunk of its own; the switch comes once it has loaded.
    for (let turn = 0; turn < 50 && TestBed.inject(LanguageStore).language() !== 'nb'; turn += 1) await settle();
    await settle();
    expect(button('Logg inn')).toBeTruthy();
    expect(field('Passord').type).toBe('password');
    expect(TestBed.inject(LanguageStore).language()).toBe('nb');
  });
});
