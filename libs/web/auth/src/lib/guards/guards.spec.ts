import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser, Role } from '@gp/domain';
import { ApiSession, apiSessionInterceptor, provideTranslations } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { roleGuard } from './role.guard';
import { signedInGuard } from './signed-in.guard';
import { signedOutGuard } from './signed-out.guard';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

const person = (roles: Role[]): CurrentUser => ({
  id: 'u1',
  email: 'p@kommun.se',
  name: 'P',
  roles,
  departmentIds: [],
  language: 'sv',
});

describe('route guards', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'sign-in', component: Blank, canActivate: [signedOutGuard] },
          {
            path: '',
            canMatch: [signedInGuard],
            children: [
              { path: 'board', component: Blank },
              { path: 'approvals', component: Blank, canActivate: [roleGuard('department_head', 'admin')] },
              { path: 'admin/users', component: Blank, canActivate: [roleGuard('admin')] },
            ],
          },
        ]),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
      ],
    });
  });

  async function signedInAs(user: CurrentUser | null): Promise<RouterTestingHarness> {
    const loading = TestBed.inject(SessionStore).load();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ user, csrfToken: 't' });
    await loading;
    return RouterTestingHarness.create();
  }

  const url = () => TestBed.inject(Router).url;

  it('sends a signed-out person to sign in, remembering where they were going', async () => {
    const harness = await signedInAs(null);
    await harness.navigateByUrl('/admin/users?x=1');
    expect(url()).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Fx%3D1');
  });

  it('lets a signed-in person in', async () => {
    const harness = await signedInAs(person(['viewer']));
    await harness.navigateByUrl('/board');
    expect(url()).toBe('/board');
  });

  it('keeps admin pages to admins', async () => {
    const harness = await signedInAs(person(['coordinator', 'department_head']));
    await harness.navigateByUrl('/admin/users');
    expect(url()).toBe('/board');
    await harness.navigateByUrl('/approvals');
    expect(url()).toBe('/approvals');
  });

  it('lets an admin into admin pages', async () => {
    const harness = await signedInAs(person(['admin']));
    await harness.navigateByUrl('/admin/users');
    expect(url()).toBe('/admin/users');
  });

  it('keeps approvals from a viewer', async () => {
    const harness = await signedInAs(person(['viewer', 'project_lead']));
    await harness.navigateByUrl('/approvals');
    expect(url()).toBe('/board');
  });

  it('skips the sign-in page for someone already signed in', async () => {
    const harness = await signedInAs(person(['viewer']));
    await harness.navigateByUrl('/sign-in');
    expect(url()).toBe('/board');
  });
});
