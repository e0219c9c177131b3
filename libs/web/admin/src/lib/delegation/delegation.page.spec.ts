import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { DelegationLimit } from '@gp/domain';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { DelegationPage } from './delegation.page';

const social: DelegationLimit = {
  departmentId: 'd2',
  departmentName: 'Socialförvaltningen',
  headLimitMinor: 100_000_00,
  currency: 'SEK',
  boardAfterYears: 3,
  version: 7,
};
const culture: DelegationLimit = {
  departmentId: 'd3',
  departmentName: 'Kultur- och fritidsförvaltningen',
  headLimitMinor: null,
  currency: null,
  boardAfterYears: 3,
  version: 2,
};

describe('DelegationPage', () => {
  let fixture: ComponentFixture<DelegationPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const limitField = (dialog: MatDialogHarness) =>
    dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Förvaltningschefens gräns' }));
  const limitInput = async (dialog: MatDialogHarness) =>
    (await (await limitField(dialog)).getControl(MatInputHarness)) as MatInputHarness;

  async function openFor(name: string): Promise<MatDialogHarness> {
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: `[aria-label="Ändra delegationen för ${name}"]` }),
      )
    ).click();
    return loader.getHarness(MatDialogHarness);
  }

  beforeEach(async () => {
    ({ fixture, backend } = createDeskFixture(DelegationPage));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    backend.expectOne('/api/delegation-limits').flush([social, culture]);
    await settle();
  });

  afterEach(() => backend.verify());

  it('says what the limit means and lists each department’s limit and years', async () => {
    expect(fixture.nativeElement.textContent).toContain(
      'Förvaltningschefen beslutar ensam om medfinansiering upp till beloppet.',
    );
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['departmentName'].text).toEqual(['Kultur- och fritidsförvaltningen', 'Socialförvaltningen']);
    expect(cells['headLimit'].text.map((t) => t.replace(/\s/g, ' '))).toEqual([
      'Inget delegerat',
      '100 000 kr',
    ]);
    expect(cells['boardAfterYears'].text).toEqual(['över 3 budgetår', 'över 3 budgetår']);
  });

  it('sets a limit typed the Swedish way, in the currency the others use, under the department’s version', async () => {
    const dialog = await openFor('Kultur- och fritidsförvaltningen');
    expect(await dialog.getTitleText()).toBe('Delegation: Kultur- och fritidsförvaltningen');
    expect(await dialog.getText()).toContain('Förvaltningschefen beslutar ensam upp till beloppet');
    await (await limitInput(dialog)).setValue('12,345');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    expect(await (await limitField(dialog)).getTextErrors()).toEqual(['Skriv högst två decimaler.']);
    backend.expectNone('/api/departments/d3/delegation');

    await (await limitInput(dialog)).setValue('250 000 kr');
    const years = (await (
      await dialog.getHarness(
        MatFormFieldHarness.with({
          floatingLabelText: 'Kommunstyrelsen beslutar när förfrågan gäller fler budgetår än',
        }),
      )
    ).getControl(MatInputHarness)) as MatInputHarness;
    await years.setValue('2');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/departments/d3/delegation' });
    expect(request.request.body).toEqual({
      headLimitMinor: 250_000_00,
      currency: 'SEK',
      boardAfterYears: 2,
      version: 2,
    });
    request.flush({
      ...culture,
      headLimitMinor: 250_000_00,
      currency: 'SEK',
      boardAfterYears: 2,
      version: 3,
    });
    await settle();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['headLimit'].text[0].replace(/\s/g, ' ')).toBe('250 000 kr');
  });

  it('takes a blank limit as nothing delegated', async () => {
    const dialog = await openFor('Socialförvaltningen');
    expect((await (await limitInput(dialog)).getValue()).replace(/\s/g, ' ')).toBe('100 000');
    await (await limitInput(dialog)).setValue('');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const request = backend.expectOne('/api/departments/d2/delegation');
    expect(request.request.body).toEqual({
      headLimitMinor: null,
      currency: null,
      boardAfterYears: 3,
      version: 7,
    });
    request.flush({ ...social, headLimitMinor: null, currency: null, version: 8 });
    await settle();
  });

  it('when someone saved first, shows their limit and saves on top of it next time', async () => {
    const dialog = await openFor('Socialförvaltningen');
    await (await limitInput(dialog)).setValue('150 000');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const theirs = { ...social, headLimitMinor: 200_000_00, version: 8 };
    backend
      .expectOne('/api/departments/d2/delegation')
      .flush(
        { statusCode: 409, code: 'stale_version', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(await dialog.getText()).toContain('Någon annan sparade först.');
    expect((await (await limitInput(dialog)).getValue()).replace(/\s/g, ' ')).toBe('200 000');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const again = backend.expectOne('/api/departments/d2/delegation');
    expect(again.request.body).toMatchObject({ headLimitMinor: 200_000_00, version: 8 });
    again.flush(theirs);
    await settle();
  });
});
