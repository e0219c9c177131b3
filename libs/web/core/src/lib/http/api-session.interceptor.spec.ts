import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CSRF_HEADER } from '@gp/domain';
import { ApiSession } from './api-session';
import { apiSessionInterceptor } from './api-session.interceptor';

class FakeSession extends ApiSession {
  token: string | null = 'token-1';
  expiredAt: string[] = [];
  csrfToken(): string | null {
    return this.token;
  }
  sessionExpired(returnUrl: string): void {
    this.expiredAt.push(returnUrl);
  }
}

describe('apiSessionInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: FakeSession;

  beforeEach(async () => {
    session = new FakeSession();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        { provide: ApiSession, useValue: session },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    await TestBed.inject(Router).navigateByUrl('/admin/users?tab=1');
  });

  afterEach(() => backend.verify());

  it('sends the CSRF token on writes to the API', () => {
    http.post('/api/departments', { name: 'Kultur' }).subscribe();
    http.patch('/api/users/1', {}).subscribe();
    http.delete('/api/things/1').subscribe();
    for (const request of backend.match(() => true)) {
      expect(request.request.headers.get(CSRF_HEADER)).toBe('token-1');
      request.flush({});
    }
  });

  it('uses the token as it is at the time of the request', () => {
    session.token = 'token-2';
    http.post('/api/auth/sign-out', {}).subscribe();
    expect(backend.expectOne('/api/auth/sign-out').request.headers.get(CSRF_HEADER)).toBe('token-2');
  });

  it('leaves reads without the token, but with same-origin credentials', () => {
    http.get('/api/users').subscribe();
    const request = backend.expectOne('/api/users').request;
    expect(request.headers.has(CSRF_HEADER)).toBe(false);
    expect(request.credentials).toBe('same-origin');
  });

  it('never sends the token to another origin', () => {
    http.post('https://elsewhere.example/api/x', {}).subscribe();
    expect(backend.expectOne('https://elsewhere.example/api/x').request.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('sends no header when there is no token yet', () => {
    session.token = null;
    http.post('/api/auth/sign-in', {}).subscribe({ error: () => undefined });
    expect(backend.expectOne('/api/auth/sign-in').request.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('on 401 from an ordinary call, reports the session as ended with the current address', () => {
    let status = 0;
    http.get('/api/users').subscribe({ error: (e: { status: number }) => (status = e.status) });
    backend
      .expectOne('/api/users')
      .flush({ code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    expect(session.expiredAt).toEqual(['/admin/users?tab=1']);
    expect(status).toBe(401);
  });

  it.each(['/api/auth/sign-in', '/api/auth/session'])(
    'does not treat a 401 from %s as an ended session',
    (url) => {
      http.post(url, {}).subscribe({ error: () => undefined });
      backend
        .expectOne(url)
        .flush({ code: 'invalid_credentials' }, { status: 401, statusText: 'Unauthorized' });
      expect(session.expiredAt).toEqual([]);
    },
  );

  it('passes other errors on untouched', () => {
    http.get('/api/users').subscribe({ error: () => undefined });
    backend.expectOne('/api/users').flush({ code: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    expect(session.expiredAt).toEqual([]);
  });
});
