import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { DEADLINE_KINDS, type ReminderRule } from '@gp/domain';
import { ReminderRulesPage } from './reminder-rules.page';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';

const defaults = (kind: ReminderRule['kind']): ReminderRule => ({
  kind,
  offsetsDays: [30, 14, 7, 3, 1, -1],
  isDefault: true,
  version: 0,
  updatedAt: null,
  updatedByName: null,
});

describe('ReminderRulesPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ReminderRulesPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;

  const settle = () => settleFixture(fixture);

  beforeEach(async () => {
    ({ fixture, backend } = createDeskFixture(ReminderRulesPage));
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    backend.expectOne('/api/reminders/rules').flush(
      DEADLINE_KINDS.map((kind) =>
        kind === 'final_report'
          ? {
              kind,
              offsetsDays: [60, 30, 0],
              isDefault: false,
              version: 2,
              updatedAt: '2026-11-20T09:30:00Z',
              updatedByName: 'Elin Andersson',
            }
          : defaults(kind),
      ),
    );
    backend.expectOne('/api/reminders/send-time').flush({ sendTime: '09:00', timeZone: 'Europe/Stockholm' });
    await settle();
  });

  it('says the configured send time', () => {
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="reminder-rules-intro"]')
        ?.textContent,
    ).toContain('Påminnelserna går ut kl. 09.00 svensk tid,');
  });

  afterEach(() => backend.verify());

  async function daysField(): Promise<{ field: MatFormFieldHarness; input: MatInputHarness }> {
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    const field = await dialog.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Dagar före sista dagen' }),
    );
    return { field, input: (await field.getControl(MatInputHarness)) as MatInputHarness };
  }

  it('lists each kind of deadline with its reminder days in words', async () => {
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['kind'].text).toEqual([
      'Utlysningen stänger',
      'Punkt i checklistan',
      'Beslut om medfinansiering',
      'Tjänsteskrivelse om medfinansiering',
      'Sammanträde om medfinansiering',
      'Delrapport',
      'Slutrapport',
      'Projektet slutar',
    ]);
    expect(cells['days'].text[0]).toBe(
      '30 dagar före, 14 dagar före, 7 dagar före, 3 dagar före, 1 dag före, dagen efter',
    );
    const finalReport = DEADLINE_KINDS.indexOf('final_report');
    expect(cells['days'].text[finalReport]).toBe('60 dagar före, 30 dagar före, samma dag');
    expect(cells['changed'].text[0]).toBe('Standard');
    expect(cells['changed'].text[finalReport]).toMatch(/^20 nov\. 2026.* av Elin Andersson$/);
  });

  it('saves the days an admin types, under the version shown, after checking them as the API does', async () => {
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Ändra påminnelser för Delrapport"]' }),
      )
    ).click();
    const { field, input } = await daysField();
    expect(await input.getValue()).toBe('30, 14, 7, 3, 1, -1');

    await input.setValue('400, 7');
    await input.blur();
    expect(await field.getTextErrors()).toEqual([
      'Dagarna måste vara från 365 dagar före till 30 dagar efter sista dagen.',
    ]);
    await (await documentLoader.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    backend.expectNone('/api/reminders/rules/interim_report');

    await input.setValue('60 7 7 -1');
    expect(await field.getTextErrors()).toEqual([]);
    await (await documentLoader.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/reminders/rules/interim_report' });
    expect(request.request.body).toEqual({ offsetsDays: [60, 7, 7, -1], version: 0 });
    request.flush({ ...defaults('interim_report'), offsetsDays: [60, 7, -1], isDefault: false, version: 1 });
    await settle();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['days'].text[DEADLINE_KINDS.indexOf('interim_report')]).toBe(
      '60 dagar före, 7 dagar före, dagen efter',
    );
  });

  it('returns a changed kind to the defaults', async () => {
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Ändra påminnelser för Slutrapport"]' }),
      )
    ).click();
    await (await documentLoader.getHarness(MatButtonHarness.with({ text: 'Återställ standard' }))).click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/reminders/rules/final_report' });
    expect(request.request.body).toEqual({ offsetsDays: null, version: 2 });
    request.flush(defaults('final_report'));
    await settle();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['changed'].text[4]).toBe('Standard');
  });
});
