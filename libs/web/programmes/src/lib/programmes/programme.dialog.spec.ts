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
import type { Programme } from '@gp/domain';
import { ProgrammeDialog, type ProgrammeDialogData } from './programme.dialog';
import { provideDeskTesting } from '@gp/web/core/testing';

const interreg: Programme = {
  id: 'p1',
  name: 'Interreg Central Baltic',
  funder: 'Gemensamma sekretariatet, Åbo',
  kind: 'interreg',
  coFinancingRatePercent: 80,
  link: 'https://centralbaltic.eu/',
  descriptionSv: 'Samarbete över Östersjön.',
  descriptionEn: 'Cooperation across the Baltic Sea.',
  extractWorkingDays: 5,
  version: 2,
  calls: [],
};

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoopHost {}

describe('ProgrammeDialog', () => {
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  let closedWith: Programme | undefined;

  function open(data: ProgrammeDialogData): void {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideDeskTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(NoopHost));
    closedWith = undefined;
    TestBed.inject(MatDialog)
      .open(ProgrammeDialog, { data })
      .afterClosed()
      .subscribe((saved?: Programme) => (closedWith = saved));
  }

  afterEach(() => backend.verify());

  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const field = (dialog: MatDialogHarness, label: string) =>
    dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));

  async function type(dialog: MatDialogHarness, label: string, value: string): Promise<void> {
    await ((await (await field(dialog, label)).getControl(MatInputHarness)) as MatInputHarness).setValue(
      value,
    );
  }

  async function fillNew(dialog: MatDialogHarness): Promise<void> {
    await type(dialog, 'Namn', ' Interreg Central Baltic ');
    await type(dialog, 'Finansiär', 'Gemensamma sekretariatet, Åbo');
    const kind = (await (await field(dialog, 'Typ')).getControl(MatSelectHarness)) as MatSelectHarness;
    await kind.open();
    await kind.clickOptions({ text: 'Interreg' });
    await type(dialog, 'Typisk stödandel (%)', '80');
    await type(dialog, 'Webbadress', 'https://centralbaltic.eu/');
    await type(dialog, 'Beskrivning på svenska', 'Samarbete över Östersjön.');
  }

  it('creates a programme from the form', async () => {
    open({ programme: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Nytt program');
    await fillNew(dialog);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();

    const request = backend.expectOne({ method: 'POST', url: '/api/programmes' });
    expect(request.request.body).toEqual({
      name: 'Interreg Central Baltic',
      funder: 'Gemensamma sekretariatet, Åbo',
      kind: 'interreg',
      coFinancingRatePercent: 80,
      link: 'https://centralbaltic.eu/',
      descriptionSv: 'Samarbete över Östersjön.',
      descriptionEn: '',
      extractWorkingDays: 5,
    });
    request.flush({ ...interreg, descriptionEn: '' });
    await settle();
    expect(closedWith?.id).toBe('p1');
  });

  it('shows a taken name under the name field, in the programme’s words', async () => {
    open({ programme: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    await fillNew(dialog);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    backend
      .expectOne('/api/programmes')
      .flush(
        { statusCode: 409, code: 'name_taken', message: 'x', errors: { name: ['name is already taken'] } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(await (await field(dialog, 'Namn')).getTextErrors()).toEqual([
      'Det finns redan ett program med det namnet.',
    ]);
    expect(closedWith).toBeUndefined();
  });

  it('checks the rate and the link before sending', async () => {
    open({ programme: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    await fillNew(dialog);
    await type(dialog, 'Typisk stödandel (%)', '120');
    await type(dialog, 'Webbadress', 'centralbaltic.eu');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    expect(await (await field(dialog, 'Typisk stödandel (%)')).getTextErrors()).toEqual([
      'Skriv en procentsats från 0 till 100, med högst två decimaler.',
    ]);
    expect(await (await field(dialog, 'Webbadress')).getTextErrors()).toEqual([
      'Skriv en webbadress som börjar med https:// eller http://.',
    ]);
    backend.expectNone('/api/programmes');
  });

  it('asks how many working days before the deadline the application needs the extract of the minutes', async () => {
    open({ programme: interreg });
    const dialog = await loader.getHarness(MatDialogHarness);
    const label = 'Arbetsdagar före sista dagen som ansökan behöver protokollsutdraget';
    expect(await (await field(dialog, label)).getTextHints()).toEqual(['0–60 arbetsdagar; standard 5.']);
    await type(dialog, label, '61');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    expect(await (await field(dialog, label)).getTextErrors()).toEqual(['Skriv högst 60.']);
    backend.expectNone('/api/programmes/p1');

    await type(dialog, label, '10');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/programmes/p1' });
    expect(request.request.body).toMatchObject({ extractWorkingDays: 10, version: 2 });
    request.flush({ ...interreg, extractWorkingDays: 10, version: 3 });
    await settle();
    expect(closedWith?.extractWorkingDays).toBe(10);
  });

  it('edits under the version it opened; after someone saved first, shows theirs', async () => {
    open({ programme: interreg });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Redigera programmet');
    await type(dialog, 'Typisk stödandel (%)', '75');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/programmes/p1' });
    expect(request.request.body).toMatchObject({ coFinancingRatePercent: 75, version: 2 });
    request.flush(
      {
        statusCode: 409,
        code: 'stale_version',
        message: 'x',
        current: { ...interreg, funder: 'Interreg-sekretariatet', version: 3 },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(await dialog.getText()).toContain('Någon annan sparade först.');
    const funder = (await (await field(dialog, 'Finansiär')).getControl(MatInputHarness)) as MatInputHarness;
    expect(await funder.getValue()).toBe('Interreg-sekretariatet');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const retry = backend.expectOne('/api/programmes/p1');
    expect(retry.request.body.version).toBe(3);
    retry.flush({ ...interreg, version: 4 });
    await settle();
    expect(closedWith?.version).toBe(4);
  });
});
