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
import type { Call, Programme } from '@gp/domain';
import { ProgrammesStore } from '../programmes/programmes.store';
import { CallDialog, type CallDialogData } from './call.dialog';
import { provideDeskTesting } from '@gp/web/core/testing';
import { erasmusFixture, ka220Fixture } from '../../testing/programme.fixtures';

const erasmus: Programme = erasmusFixture;

const ka220: Call = { ...ka220Fixture, id: 'c1', version: 3 };

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoopHost {}

describe('CallDialog', () => {
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  let closedWith: Call | undefined;

  function open(data: CallDialogData): void {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideDeskTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(ProgrammesStore).programmes.set([{ ...erasmus, calls: data.call ? [data.call] : [] }]);
    loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(NoopHost));
    closedWith = undefined;
    TestBed.inject(MatDialog)
      .open(CallDialog, { data })
      .afterClosed()
      .subscribe((saved?: Call) => (closedWith = saved));
  }

  afterEach(() => backend.verify());

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  async function field(dialog: MatDialogHarness, label: string): Promise<MatFormFieldHarness> {
    return dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function type(dialog: MatDialogHarness, label: string, value: string): Promise<void> {
    const control = (await (await field(dialog, label)).getControl(MatInputHarness)) as MatInputHarness;
    await control.setValue(value);
  }

  it('sends the deadline as the funder writes it, in the funder’s zone, and the grant in minor units', async () => {
    open({ programme: erasmus, call: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ny utlysning');

    await type(dialog, 'Titel', '  KA220 Samarbetspartnerskap ');
    await type(dialog, 'Öppnar', '2026-11-20');
    await type(dialog, 'Deadline (datum och tid)', '2027-03-05T12:00');
    const zone = (await (
      await field(dialog, 'Finansiärens tidszon')
    ).getControl(MatSelectHarness)) as MatSelectHarness;
    expect(await zone.getValueText()).toBe('Bryssel (Europe/Brussels)');
    await type(dialog, 'Högsta stöd', '400000');
    const currency = (await (await field(dialog, 'Valuta')).getControl(MatSelectHarness)) as MatSelectHarness;
    await currency.open();
    await currency.clickOptions({ text: 'SEK' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();

    const request = backend.expectOne({ method: 'POST', url: '/api/programmes/erasmus/calls' });
    expect(request.request.body).toEqual({
      title: 'KA220 Samarbetspartnerskap',
      opensOn: '2026-11-20',
      deadlineLocal: '2027-03-05T12:00',
      deadlineTimeZone: 'Europe/Brussels',
      maxGrantMinor: 40_000_000,
      maxGrantCurrency: 'SEK',
      // The programme's usual rate, until the person says otherwise.
      coFinancingRatePercent: 80,
      link: null,
    });
    request.flush({ ...ka220, maxGrantCurrency: 'SEK' });
    await settle();
    expect(closedWith?.id).toBe('c1');
    expect(TestBed.inject(ProgrammesStore).programmes()[0].calls).toHaveLength(1);
  });

  it('takes another zone, and no grant at all', async () => {
    open({ programme: erasmus, call: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    await type(dialog, 'Titel', 'Nordplus Vuxen');
    await type(dialog, 'Deadline (datum och tid)', '2027-02-01T23:59');
    const zone = (await (
      await field(dialog, 'Finansiärens tidszon')
    ).getControl(MatSelectHarness)) as MatSelectHarness;
    await zone.open();
    await zone.clickOptions({ text: 'Helsingfors (Europe/Helsinki)' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();

    const request = backend.expectOne('/api/programmes/erasmus/calls');
    expect(request.request.body).toMatchObject({
      deadlineLocal: '2027-02-01T23:59',
      deadlineTimeZone: 'Europe/Helsinki',
      maxGrantMinor: null,
      maxGrantCurrency: null,
    });
    request.flush(ka220);
    await settle();
  });

  it('sends nothing while a required field is empty or the grant has decimals', async () => {
    open({ programme: erasmus, call: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    await type(dialog, 'Högsta stöd', '12.5');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    expect(await (await field(dialog, 'Titel')).getTextErrors()).toEqual(['Det här fältet måste fyllas i.']);
    expect(await (await field(dialog, 'Högsta stöd')).getTextErrors()).toEqual([
      'Skriv ett heltal, 0 eller mer.',
    ]);
    backend.expectNone('/api/programmes/erasmus/calls');
  });

  it('shows the API’s field errors under their fields, the grant’s under the grant', async () => {
    open({ programme: erasmus, call: null });
    const dialog = await loader.getHarness(MatDialogHarness);
    await type(dialog, 'Titel', 'KA220');
    await type(dialog, 'Deadline (datum och tid)', '2027-03-28T02:30');
    await type(dialog, 'Högsta stöd', '1');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    backend.expectOne('/api/programmes/erasmus/calls').flush(
      {
        statusCode: 422,
        code: 'validation_failed',
        message: 'x',
        errors: { deadlineLocal: ['deadlineLocal is not a time that exists'], maxGrantMinor: ['too small'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(await (await field(dialog, 'Deadline (datum och tid)')).getTextErrors()).toEqual([
      'Värdet godtas inte.',
    ]);
    expect(await (await field(dialog, 'Högsta stöd')).getTextErrors()).toEqual(['Värdet godtas inte.']);
    expect(await dialog.getText()).toContain('Några fält behöver rättas.');
    expect(closedWith).toBeUndefined();
  });

  it('edits a call on the funder’s clock, and after someone saved first shows their version', async () => {
    open({ programme: erasmus, call: ka220 });
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Redigera utlysningen');
    const deadline = (await (
      await field(dialog, 'Deadline (datum och tid)')
    ).getControl(MatInputHarness)) as MatInputHarness;
    expect(await deadline.getValue()).toBe('2027-03-05T12:00');
    const grant = (await (await field(dialog, 'Högsta stöd')).getControl(MatInputHarness)) as MatInputHarness;
    expect(await grant.getValue()).toBe('400000');

    await type(dialog, 'Titel', 'KA220 – ändrad');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/calls/c1' });
    expect(request.request.body).toMatchObject({
      title: 'KA220 – ändrad',
      version: 3,
      maxGrantMinor: 40_000_000,
    });
    const theirs: Call = {
      ...ka220,
      title: 'KA220 (förlängd)',
      deadline: '2027-03-12T11:00:00Z',
      version: 4,
    };
    request.flush(
      { statusCode: 409, code: 'stale_version', message: 'x', current: theirs },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    expect(await dialog.getText()).toContain('Någon annan sparade först.');
    const title = (await (await field(dialog, 'Titel')).getControl(MatInputHarness)) as MatInputHarness;
    expect(await title.getValue()).toBe('KA220 (förlängd)');
    expect(await deadline.getValue()).toBe('2027-03-12T12:00');
    expect(TestBed.inject(ProgrammesStore).programmes()[0].calls[0].version).toBe(4);

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const retry = backend.expectOne('/api/calls/c1');
    expect(retry.request.body.version).toBe(4);
    retry.flush({ ...theirs, version: 5 });
    await settle();
    expect(closedWith?.version).toBe(5);
  });
});
