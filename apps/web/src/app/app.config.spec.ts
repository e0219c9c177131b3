import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CSRF_HEADER } from '@gp/domain';
import { SessionStore } from '@gp/web/session';
import { appConfig } from './app.config';

describe('appConfig', () => {
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
});
