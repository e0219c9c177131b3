import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CSRF_HEADER } from '@gp/domain';
import { ReadAhead } from '@gp/web/project-data';
import { SessionStore } from '@gp/web/session';
import { firstValueFrom } from 'rxjs';
import { appConfig } from './app.config';

const PROJECT = '52a4f3bb-20df-4786-bbc1-50ff81fb0214';

describe('appConfig', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  });

  it('asks who is signed in before the first route, then speaks their language and sends their token', async () => {
    localStorage.setItem('projektdesken.theme', 'dark');
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/auth/session').flush({
      user: { id: 'u1', email: 'a@kommune.no', name: 'Kari', roles: ['viewer'], departmentIds: [], language: 'nb' },
      csrfToken: 'start-token',
    });
    await TestBed.inject(ApplicationInitStatus).donePromise;

    expect(TestBed.inject(SessionStore).signedIn()).toBe(true);
    expect(document.documentElement.lang).toBe('nb');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');

    TestBed.inject(HttpClient).post('/api/departments', { name: 'Kultur' }).subscribe();
    expect(backend.expectOne('/api/departments').request.headers.get(CSRF_HEADER)).toBe('start-token');
  });

  it('on a project page’s address, sends the page’s reads beside the session check; refused for want of a session, they send nobody to sign in and are not kept', async () => {
    // Set before anything is injected: the app's start reads the address it was opened on.
    history.replaceState(null, '', `/projects/${PROJECT}`);
    const backend = TestBed.inject(HttpTestingController);
    const expired = jest.spyOn(TestBed.inject(SessionStore), 'sessionExpired');

    // All out at once, before the session check is answered.
    const session = backend.expectOne('/api/auth/session');
    const reads = backend.match((request) => request.url.startsWith('/api/') && request.url !== '/api/auth/session');
    expect(reads.map((read) => read.request.url)).toEqual(
      expect.arrayContaining([`/api/projects/${PROJECT}`, `/api/projects/${PROJECT}/checklist`, '/api/people']),
    );
    expect(reads).toHaveLength(12);

    session.flush({ user: null, csrfToken: 'start-token' });
    for (const read of reads) read.flush({ code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    await TestBed.inject(ApplicationInitStatus).donePromise;
    expect(expired).not.toHaveBeenCalled();

    // Once someone has signed in, the page's read goes to the server, not to the refusal.
    const project = firstValueFrom(TestBed.inject(ReadAhead).get(`/api/projects/${PROJECT}`));
    backend.expectOne(`/api/projects/${PROJECT}`).flush({ id: PROJECT });
    await expect(project).resolves.toEqual({ id: PROJECT });
  });

  it('elsewhere sends the session check alone', () => {
    history.replaceState(null, '', '/board');
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/auth/session');
    backend.verify();
  });
});
