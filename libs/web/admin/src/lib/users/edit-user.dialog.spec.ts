import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import type { UserAccount } from '@gp/domain';
import { EditUserDialog } from './edit-user.dialog';
import { UsersStore } from './users.store';
import { provideDeskTesting } from '@gp/web/core/testing';

const bo: UserAccount = {
  id: 'u2',
  email: 'bo@kommun.se',
  name: 'Bo Ek',
  roles: ['project_lead'],
  departmentIds: [],
  language: 'sv',
  active: true,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
};

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoopHost {}

describe('EditUserDialog', () => {
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  let closedWith: UserAccount | undefined;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideDeskTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(UsersStore).users.set([bo]);
    // Dialogs render in the overlay, so the harnesses look from the document root.
    loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(NoopHost));
    closedWith = undefined;
    TestBed.inject(MatDialog)
      .open(EditUserDialog, { data: bo })
      .afterClosed()
      .subscribe((saved?: UserAccount) => (closedWith = saved));
  });

  afterEach(() => backend.verify());

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('saves roles and the active flag under the version it opened', async () => {
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Redigera Bo Ek');
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Samordnare' }))).check();
    await (await dialog.getHarness(MatSlideToggleHarness.with({ label: 'Aktiv' }))).uncheck();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();

    const request = backend.expectOne({ method: 'PATCH', url: '/api/users/u2' });
    expect(request.request.body).toEqual({
      version: 3,
      name: 'Bo Ek',
      roles: ['coordinator', 'project_lead'],
      departmentIds: [],
      language: 'sv',
      active: false,
    });
    request.flush({ ...bo, roles: ['coordinator', 'project_lead'], active: false, version: 4 });
    await settle();
    expect(closedWith?.version).toBe(4);
  });

  it('when someone saved first, says so, shows their version and saves on top of it next time', async () => {
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Läsare' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const theirs = { ...bo, roles: ['department_head' as const], version: 4 };
    backend
      .expectOne('/api/users/u2')
      .flush(
        { statusCode: 409, code: 'stale_version', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(await dialog.getText()).toContain('Någon annan sparade först.');
    expect(
      await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Förvaltningschef' }))).isChecked(),
    ).toBe(true);
    expect(await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Läsare' }))).isChecked()).toBe(
      false,
    );
    expect(TestBed.inject(UsersStore).users()[0].version).toBe(4);

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const retry = backend.expectOne('/api/users/u2');
    expect(retry.request.body.version).toBe(4);
    retry.flush({ ...theirs, version: 5 });
    await settle();
    expect(closedWith?.version).toBe(5);
  });

  it('explains why an admin cannot lock themselves out', async () => {
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatSlideToggleHarness.with({ label: 'Aktiv' }))).uncheck();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    backend
      .expectOne('/api/users/u2')
      .flush(
        { statusCode: 422, code: 'cannot_lock_out_self', message: 'x', errors: { active: ['no'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    expect(await dialog.getText()).toContain('Du kan inte ta bort din egen administratörsroll');
    expect(closedWith).toBeUndefined();
  });
});
