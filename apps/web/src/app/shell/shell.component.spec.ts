import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatNavListHarness } from '@angular/material/list/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, Role } from '@gp/domain';
import { SessionStore } from '@gp/web/session';
import { ApiSession, apiSessionInterceptor, provideTranslations } from '@gp/web/core';
import { ShellComponent } from './shell.component';

const person = (roles: Role[]): CurrentUser => ({
  id: 'u1',
  email: 'anna@kommun.se',
  name: 'Anna Berg',
  roles,
  departmentIds: [],
  language: 'sv',
});

describe('ShellComponent', () => {
  let fixture: ComponentFixture<ShellComponent>;
  let loader: HarnessLoader;

  async function renderFor(roles: Role[]): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
      ],
    });
    const loading = TestBed.inject(SessionStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ user: person(roles), csrfToken: 't' });
    await loading;
    fixture = TestBed.createComponent(ShellComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function linkTexts(): Promise<string[][]> {
    const lists = await loader.getAllHarnesses(MatNavListHarness);
    return Promise.all(
      lists.map(async (list) => Promise.all((await list.getItems()).map((item) => item.getTitle()))),
    );
  }

  it('shows the admin section to an admin', async () => {
    const page = await renderFor(['admin']);
    expect(await linkTexts()).toEqual([
      [
        'Tavlan',
        'Rapporter',
        'Program',
        'Kalender',
        'Påminnelser',
        'Godkännanden',
        'Ramar per budgetår',
        'Delegationsbeslut',
      ],
      [
        'Användare',
        'Förvaltningar',
        'Beslutsorgan',
        'Delegation',
        'Valutakurser',
        'Organisation',
        'Påminnelseregler',
        'Mejllogg',
        'Borttagna idéer',
      ],
    ]);
    const admin = page.querySelector('[data-testid=admin-navigation]');
    expect(admin?.getAttribute('role')).toBe('navigation');
    expect(page.querySelector(`#${admin?.getAttribute('aria-labelledby')}`)?.textContent?.trim()).toBe(
      'Administration',
    );
  });

  it('hides the admin section from everyone else', async () => {
    const page = await renderFor(['project_lead', 'viewer']);
    expect(await linkTexts()).toEqual([['Tavlan', 'Rapporter', 'Program', 'Kalender', 'Påminnelser']]);
    expect(page.textContent).not.toContain('Administration');
    expect(page.querySelector('[href="/admin/users"]')).toBeNull();
  });

  it.each(['department_head', 'coordinator'] as const)(
    'shows approvals, the ledger and the delegated decisions to a %s',
    async (role) => {
      const page = await renderFor([role]);
      expect(await linkTexts()).toEqual([
        [
          'Tavlan',
        'Rapporter',
          'Program',
          'Kalender',
          'Påminnelser',
          'Godkännanden',
          'Ramar per budgetår',
          'Delegationsbeslut',
        ],
      ]);
      expect(page.textContent).not.toContain('Administration');
    },
  );

  it('has the landmarks and the skip link, first in the page', async () => {
    const page = await renderFor(['viewer']);
    expect(page.querySelector('a')?.textContent?.trim()).toBe('Hoppa till huvudinnehållet');
    expect(page.querySelector('header mat-toolbar')).not.toBeNull();
    expect(page.querySelector('[role=navigation]')?.getAttribute('aria-label')).toBe('Huvudnavigering');
    expect(page.querySelector('main#main-content')).not.toBeNull();
  });

  it('names the account menu after the person and their roles, with account and sign-out', async () => {
    await renderFor(['coordinator', 'admin']);
    const menu = await loader.getHarness(MatMenuHarness.with({ selector: '[data-testid=account-menu]' }));
    expect(await (await menu.host()).getAttribute('aria-label')).toBe(
      'Konto: Anna Berg, Samordnare, Administratör',
    );
    await menu.open();
    const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));
    expect(items.slice(1)).toEqual(['Mitt konto', 'Logga ut']);
  });
});
