import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { DecisionBody, Department } from '@gp/domain';
import { TODAY } from '@gp/web/core';
import { provideDeskTesting } from '@gp/web/core/testing';
import { DecisionBodyDialog, type DecisionBodyDialogData } from './decision-body.dialog';

const departments: Department[] = [
  { id: 'd1', name: 'Utbildningsförvaltningen', version: 1 },
  { id: 'd2', name: 'Socialförvaltningen', version: 1 },
];

const board: DecisionBody = {
  id: 'b1',
  kind: 'municipal_board',
  name: 'Kommunstyrelsen',
  departmentId: null,
  reportDaysBefore: 28,
  minutesWorkingDays: 5,
  meetings: ['2026-11-11', '2026-12-09', '2027-01-13'],
  version: 4,
};

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoopHost {}

describe('DecisionBodyDialog', () => {
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  let closedWith: DecisionBody | undefined;

  function open(data: DecisionBodyDialogData): void {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [...provideDeskTesting(), { provide: TODAY, useValue: () => '2026-12-06' }],
    });
    backend = TestBed.inject(HttpTestingController);
    loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(NoopHost));
    closedWith = undefined;
    TestBed.inject(MatDialog)
      .open(DecisionBodyDialog, { data })
      .afterClosed()
      .subscribe((saved?: DecisionBody) => (closedWith = saved));
  }

  afterEach(() => backend.verify());

  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const field = (dialog: MatDialogHarness, label: string) =>
    dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (dialog: MatDialogHarness, label: string) =>
    (await (await field(dialog, label)).getControl(MatInputHarness)) as MatInputHarness;
  const button = (dialog: MatDialogHarness, text: string | RegExp) =>
    dialog.getHarness(MatButtonHarness.with({ text }));
  const labelled = (dialog: MatDialogHarness, label: string) =>
    dialog.getHarness(MatButtonHarness.with({ selector: `[aria-label="${label}"]` }));

  /** A date field takes a whole day at once, as a browser's date picker gives it. */
  async function chooseDay(dialog: MatDialogHarness, day: string): Promise<void> {
    const host = await (await input(dialog, 'Sammanträdesdag')).host();
    await host.setInputValue(day);
    await host.dispatchEvent('input');
  }

  const listedDays = () =>
    [...document.querySelectorAll('[data-testid="meeting-days"] li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );

  it('creates a committee for a department with its meeting plan', async () => {
    open({ body: null, departments });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Nytt beslutsorgan');
    const kind = (await (await field(dialog, 'Slag')).getControl(MatSelectHarness)) as MatSelectHarness;
    await kind.open();
    await kind.clickOptions({ text: 'Nämnd' });
    await (await input(dialog, 'Namn')).setValue(' Barn- och utbildningsnämnden ');
    await (await button(dialog, 'Spara')).click();
    // A committee belongs to a department: asked for, and required.
    expect(await (await field(dialog, 'Förvaltning')).getTextErrors()).toEqual([
      'Det här fältet måste fyllas i.',
    ]);
    backend.expectNone('/api/decision-bodies');

    const department = (await (
      await field(dialog, 'Förvaltning')
    ).getControl(MatSelectHarness)) as MatSelectHarness;
    await department.open();
    await department.clickOptions({ text: 'Utbildningsförvaltningen' });
    expect(await (await field(dialog, 'Tjänsteskrivelsen registreras')).getTextHints()).toEqual([
      'kalenderdagar före sammanträdet',
    ]);
    expect(await (await field(dialog, 'Protokollet justeras')).getTextHints()).toEqual([
      'arbetsdagar efter sammanträdet',
    ]);
    await chooseDay(dialog, '2027-01-19');
    await (await button(dialog, /Lägg till dagen/)).click();
    await chooseDay(dialog, '2026-12-15');
    await (await button(dialog, /Lägg till dagen/)).click();
    expect(listedDays()).toHaveLength(2);
    expect(listedDays()[0]).toContain('15 dec. 2026');
    await (await button(dialog, 'Spara')).click();

    const request = backend.expectOne({ method: 'POST', url: '/api/decision-bodies' });
    expect(request.request.body).toEqual({
      kind: 'committee',
      name: 'Barn- och utbildningsnämnden',
      departmentId: 'd1',
      reportDaysBefore: 21,
      minutesWorkingDays: 5,
      meetings: ['2026-12-15', '2027-01-19'],
    });
    request.flush({ ...request.request.body, id: 'c1', version: 1 });
    await settle();
    expect(closedWith?.id).toBe('c1');
  });

  it('keeps past meetings, refuses a past or repeated day, and undoes a removal', async () => {
    open({ body: board, departments });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ändra Kommunstyrelsen');
    // The board belongs to no department, so none is asked.
    expect(
      await dialog.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Förvaltning' })),
    ).toEqual([]);
    expect(listedDays()[0]).toMatch(/11 nov\. 2026.*har varit/);
    expect(
      await dialog.getAllHarnesses(MatButtonHarness.with({ selector: '[aria-label*="11 nov. 2026"]' })),
    ).toEqual([]);

    await chooseDay(dialog, '2026-12-01');
    await (await button(dialog, /Lägg till dagen/)).click();
    expect(await (await field(dialog, 'Sammanträdesdag')).getTextErrors()).toEqual([
      'Dagen har redan varit. Bara kommande sammanträden kan läggas till.',
    ]);
    await chooseDay(dialog, '2026-12-09');
    await (await button(dialog, /Lägg till dagen/)).click();
    expect(await (await field(dialog, 'Sammanträdesdag')).getTextErrors()).toEqual([
      'Dagen finns redan i planen.',
    ]);

    await (await labelled(dialog, 'Ta bort sammanträdet ons 9 dec. 2026')).click();
    await settle();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Ångra: lägg tillbaka sammanträdet ons 9 dec. 2026',
    );
    await (await labelled(dialog, 'Ångra: lägg tillbaka sammanträdet ons 9 dec. 2026')).click();
    await (await labelled(dialog, 'Ta bort sammanträdet ons 13 jan. 2027')).click();
    await (await button(dialog, 'Spara')).click();

    const request = backend.expectOne({ method: 'PATCH', url: '/api/decision-bodies/b1' });
    expect(request.request.body).toMatchObject({
      meetings: ['2026-11-11', '2026-12-09'],
      departmentId: null,
      version: 4,
    });
    request.flush({ ...board, meetings: ['2026-11-11', '2026-12-09'], version: 5 });
    await settle();
    expect(closedWith?.version).toBe(5);
  });

  it('adds the same weekday every month for a year', async () => {
    open({ body: { ...board, meetings: [] }, departments });
    const dialog = await loader.getHarness(MatDialogHarness);
    await chooseDay(dialog, '2027-01-13');
    await (await button(dialog, /Samma veckodag varje månad i ett år/)).click();
    expect(listedDays()).toHaveLength(12);
    expect(listedDays()[1]).toContain('10 feb. 2027');
    expect(document.body.textContent).toContain('12 sammanträden är tillagda.');
  });

  it('shows the server’s refusals: a day in the past, a second board, someone else’s save', async () => {
    open({ body: board, departments });
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await button(dialog, 'Spara')).click();
    backend
      .expectOne('/api/decision-bodies/b1')
      .flush(
        { statusCode: 422, code: 'meeting_in_past', message: 'x', errors: { meetings: ['in the past'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    expect(await dialog.getText()).toContain('Sammanträdesplanen kan inte få nya datum som redan har varit.');
    // The plan is refused until it changes.
    await (await button(dialog, 'Spara')).click();
    backend.expectNone('/api/decision-bodies/b1');
    await (await labelled(dialog, 'Ta bort sammanträdet ons 13 jan. 2027')).click();
    expect(await dialog.getText()).not.toContain('Sammanträdesplanen kan inte få nya datum');

    await (await button(dialog, 'Spara')).click();
    backend
      .expectOne('/api/decision-bodies/b1')
      .flush({ statusCode: 409, code: 'body_exists', message: 'x' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(await dialog.getText()).toContain(
      'Förvaltningen har redan en nämnd, eller det finns redan ett organ av det slaget.',
    );

    const theirs = { ...board, reportDaysBefore: 35, version: 5 };
    await (await button(dialog, 'Spara')).click();
    backend
      .expectOne('/api/decision-bodies/b1')
      .flush(
        { statusCode: 409, code: 'stale_version', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(await (await input(dialog, 'Tjänsteskrivelsen registreras')).getValue()).toBe('35');
    await (await button(dialog, 'Spara')).click();
    const again = backend.expectOne('/api/decision-bodies/b1');
    expect(again.request.body).toMatchObject({ version: 5, reportDaysBefore: 35 });
    again.flush(theirs);
    await settle();
    expect(closedWith?.version).toBe(5);
  });
});
