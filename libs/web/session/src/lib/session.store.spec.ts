import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CSRF_HEADER, type ApiError, type CurrentUser } from '@gp/domain';
import { ApiSession, LanguageStore, apiSessionInterceptor, provideTranslations } from '@gp/web/core';
import { SessionStore } from './session.store';
import { annaFixture } from '../testing';

const anna: CurrentUser = { ...annaFixture, language: 'nb' };

/** Lets the promise chain between two requests run (it awaits the session, then the language). */
async function settled(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
}

describe('SessionStore', () => {
  let store: SessionStore;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
      ],
    });
    store = TestBed.inject(SessionStore);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  async function load(user: CurrentUser | null, csrfToken = 'start-token'): Promise<void> {
    const loading = store.load();
    backend.expectOne({ method: 'GET', url: '/api/auth/session' }).flush({ user, csrfToken });
    await loading;
  }

  /** The token the next write carries, as the interceptor reads it from the store. */
  function tokenOfNextWrite(): string | null {
    TestBed.inject(HttpClient).post('/api/departments', { name: 'Kultur' }).subscribe();
    const request = backend.expectOne('/api/departments');
    request.flush({});
    return request.request.headers.get(CSRF_HEADER);
  }

  it('learns at start who is signed in and the token for writes', async () => {
    await load(anna);
    expect(store.user()).toEqual(anna);
    expect(store.signedIn()).toBe(true);
    expect(tokenOfNextWrite()).toBe('start-token');
  });

  it('starts signed out, without failing, when the API does not answer', async () => {
    const loading = store.load();
    backend.expectOne('/api/auth/session').error(new ProgressEvent('error'));
    await loading;
    expect(store.signedIn()).toBe(false);
  });

  it('replaces the token after sign-in and speaks the person’s saved language', async () => {
    await load(null);
    const signingIn = store.signIn({ email: anna.email, password: 'a long passphrase' });
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/sign-in' });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('start-token');
    expect(request.request.body).toEqual({ email: anna.email, password: 'a long passphrase' });
    request.flush({ user: anna, csrfToken: 'signed-in-token' });
    await signingIn;

    expect(store.user()?.name).toBe('Anna Berg');
    expect(tokenOfNextWrite()).toBe('signed-in-token');
    expect(TestBed.inject(LanguageStore).language()).toBe('nb');
    expect(document.documentElement.lang).toBe('nb');
  });

  it('fetches a token first when the start-up call failed', async () => {
    const signingIn = store.signIn({ email: anna.email, password: 'x' });
    backend.expectOne('/api/auth/session').flush({ user: null, csrfToken: 'late-token' });
    await settled();
    const request = backend.expectOne('/api/auth/sign-in');
    expect(request.request.headers.get(CSRF_HEADER)).toBe('late-token');
    request.flush({ user: anna, csrfToken: 't2' });
    await signingIn;
    expect(store.signedIn()).toBe(true);
  });

  it('rejects a wrong password with the API’s error and stays signed out', async () => {
    await load(null);
    const signingIn = store.signIn({ email: anna.email, password: 'wrong' });
    backend
      .expectOne('/api/auth/sign-in')
      .flush(
        { statusCode: 401, code: 'invalid_credentials', message: 'wrong' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(signingIn).rejects.toMatchObject<Partial<ApiError>>({ code: 'invalid_credentials' });
    expect(store.signedIn()).toBe(false);
    expect(router.url).toBe('/');
  });

  it('signs out: forgets the person, takes the new token and goes to the sign-in page', async () => {
    await load({ ...anna, language: 'sv' });
    const signingOut = store.signOut();
    backend
      .expectOne({ method: 'POST', url: '/api/auth/sign-out' })
      .flush({ user: null, csrfToken: 'anon-token' });
    await signingOut;
    expect(store.signedIn()).toBe(false);
    expect(router.url).toBe('/sign-in');
    expect(tokenOfNextWrite()).toBe('anon-token');
  });

  it('sends a signed-out person to sign in, and back afterwards, when the API answers 401', async () => {
    await load(anna);
    await router.navigateByUrl('/admin/users');
    TestBed.inject(HttpClient)
      .get('/api/users')
      .subscribe({ error: () => undefined });
    backend
      .expectOne('/api/users')
      .flush({ code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.signedIn()).toBe(false);
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers');
  });

  it('takes the new token after a password change, which the API answers with a new session', async () => {
    await load(anna, 'old-token');
    const changing = store.changePassword({
      currentPassword: 'old passphrase!',
      newPassword: 'a new passphrase',
    });
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/password' });
    expect(request.request.headers.get(CSRF_HEADER)).toBe('old-token');
    request.flush({ user: anna, csrfToken: 'new-session-token' });
    await changing;
    expect(store.user()).toEqual(anna);
    expect(tokenOfNextWrite()).toBe('new-session-token');
  });

  it('forgets the ended session’s token on a 401, and fetches a fresh one to sign in again', async () => {
    await load(anna, 'ended-token');
    TestBed.inject(HttpClient)
      .get('/api/users')
      .subscribe({ error: () => undefined });
    backend
      .expectOne('/api/users')
      .flush({ code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    const signingIn = store.signIn({ email: anna.email, password: 'a long passphrase' });
    backend.expectOne('/api/auth/session').flush({ user: null, csrfToken: 'fresh-token' });
    await settled();
    const request = backend.expectOne('/api/auth/sign-in');
    expect(request.request.headers.get(CSRF_HEADER)).toBe('fresh-token');
    request.flush({ user: anna, csrfToken: 't2' });
    await signingIn;
    expect(store.signedIn()).toBe(true);
  });

  it('saves a language change for a signed-in person, so their emails follow', async () => {
    await load({ ...anna, language: 'sv' });
    const choosing = store.chooseLanguage('en');
    const request = backend.expectOne({ method: 'PATCH', url: '/api/auth/profile' });
    expect(request.request.body).toEqual({ language: 'en' });
    request.flush({ ...anna, language: 'en' });
    await choosing;
    expect(TestBed.inject(LanguageStore).language()).toBe('en');
    expect(store.user()?.language).toBe('en');
  });

  it('only switches the screen before sign-in', async () => {
    await load(null);
    await store.chooseLanguage('nb');
    backend.expectNone('/api/auth/profile');
    expect(TestBed.inject(LanguageStore).language()).toBe('nb');
  });
});
