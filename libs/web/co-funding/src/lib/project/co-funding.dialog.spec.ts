import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { CoFundingRequest } from '@gp/domain';
import { CoFundingDialog, type CoFundingDialogData, type CoFundingDialogResult } from './co-funding.dialog';
import { CoFundingStore } from './co-funding.store';
import { provideDeskTesting } from '@gp/web/core/testing';
import { PLANNED_WITHIN_DELEGATION } from '../co-funding.fixture';

const departments = [
  { id: 'd1', name: 'Kommunledningsförvaltningen', version: 1 },
  { id: 'd2', name: 'Utbildningsförvaltningen', version: 1 },
];

const approved: CoFundingRequest = {
  id: 'r1',
  projectId: 'p1',
  projectTitle: 'Grön omställning',
  departmentId: 'd2',
  departmentName: 'Utbildningsförvaltningen',
  currency: 'SEK',
  years: [{ year: 2027, cashMinor: 25_000_000, inKindMinor: 0 }],
  justification: 'Lärare i projektet.',
  status: 'approved',
  requestedById: 'u2',
  requestedByName: 'Lena Lind',
  requestedAt: '2027-01-10T09:00:00Z',
  decidedById: 'u5',
  decidedByName: 'Karin Holm',
  decidedAt: '2027-01-12T09:00:00Z',
  decisionComment: null,
  ...PLANNED_WITHIN_DELEGATION,
  version: 3,
};

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoopHost {}

describe('CoFundingDialog', () => {
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  let closedWith: CoFundingDialogResult | undefined;

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  async function open(request: CoFundingRequest | null): Promise<MatDialogHarness> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideDeskTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    // The project page's co-funding section provides the store; here a child injector does.
    const injector = Injector.create({ providers: [CoFundingStore], parent: TestBed.inject(Injector) });
    const loading = injector.get(CoFundingStore).load('p1');
    backend.expectOne('/api/projects/p1/co-funding-requests').flush(request ? [request] : []);
    await loading;
    loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(NoopHost));
    closedWith = undefined;
    const data: CoFundingDialogData = { request, departments, start: { currency: 'SEK', firstYear: 2027 } };
    TestBed.inject(MatDialog)
      .open(CoFundingDialog, { data, injector })
      .afterClosed()
      .subscribe((result?: CoFundingDialogResult) => (closedWith = result));
    return loader.getHarness(MatDialogHarness);
  }

  afterEach(() => backend.verify());

  const fields = (dialog: MatDialogHarness, label: string) =>
    dialog.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: label }));

  async function type(dialog: MatDialogHarness, label: string, value: string, index = 0): Promise<void> {
    const field = (await fields(dialog, label))[index];
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(value);
  }

  async function chooseDepartment(dialog: MatDialogHarness, name: string): Promise<void> {
    const select = (await (
      await fields(dialog, 'Förvaltning')
    )[0].getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    await select.clickOptions({ text: name });
  }

  const send = async (dialog: MatDialogHarness, text = 'Skicka förfrågan') =>
    (await dialog.getHarness(MatButtonHarness.with({ text }))).click();
  const yearsProblem = () =>
    document.querySelector('[data-testid="co-funding-years-problem"]')?.textContent?.trim() ?? '';

  it('sends the amounts as typed the Swedish way, in öre, with the project’s currency', async () => {
    const dialog = await open(null);
    expect(await dialog.getTitleText()).toBe('Begär medfinansiering');
    await chooseDepartment(dialog, 'Utbildningsförvaltningen');
    await type(dialog, 'Kontant', '250 000');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Lägg till budgetår' }))).click();
    expect(
      await (
        (await (await fields(dialog, 'Budgetår'))[1].getControl(MatInputHarness)) as MatInputHarness
      ).getValue(),
    ).toBe('2028');
    await type(dialog, 'I tid och resurser', '1 250 000,50 kr', 1);
    await type(dialog, 'Motivering', '  Två lärare på halvtid. ');
    await send(dialog);

    const request = backend.expectOne({ method: 'POST', url: '/api/projects/p1/co-funding-requests' });
    expect(request.request.body).toEqual({
      departmentId: 'd2',
      currency: 'SEK',
      years: [
        { year: 2027, cashMinor: 25_000_000, inKindMinor: 0 },
        { year: 2028, cashMinor: 0, inKindMinor: 125_000_050 },
      ],
      justification: 'Två lärare på halvtid.',
    });
    request.flush({ ...approved, id: 'r2', status: 'pending', version: 1 });
    await settle();
    expect(closedWith?.request.id).toBe('r2');
  });

  it('checks the budget years before sending: a year twice, no amount at all, an unreadable amount', async () => {
    const dialog = await open(null);
    await chooseDepartment(dialog, 'Utbildningsförvaltningen');
    await send(dialog);
    expect(yearsProblem()).toBe('Ange ett belopp, kontant eller i tid och resurser, för minst ett budgetår.');

    await type(dialog, 'Kontant', '100 000');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Lägg till budgetår' }))).click();
    await type(dialog, 'Budgetår', '2027', 1);
    await send(dialog);
    expect(yearsProblem()).toBe('Varje budgetår får bara finnas med en gång.');

    await type(dialog, 'Budgetår', '2028', 1);
    await type(dialog, 'I tid och resurser', '12,345', 1);
    await send(dialog);
    expect(await (await fields(dialog, 'I tid och resurser'))[1].getTextErrors()).toEqual([
      'Skriv högst två decimaler.',
    ]);
    await type(dialog, 'I tid och resurser', '500 €', 1);
    expect(await (await fields(dialog, 'I tid och resurser'))[1].getTextErrors()).toEqual([
      'Beloppet är i en annan valuta än förfrågan.',
    ]);

    backend.expectNone('/api/projects/p1/co-funding-requests');
    expect(closedWith).toBeUndefined();
  });

  it('shows the API’s field errors at the fields, a year’s amount at its own field', async () => {
    const dialog = await open(null);
    await chooseDepartment(dialog, 'Kommunledningsförvaltningen');
    await type(dialog, 'Kontant', '1');
    await send(dialog);
    backend.expectOne('/api/projects/p1/co-funding-requests').flush(
      {
        statusCode: 422,
        code: 'validation_failed',
        message: 'bad',
        errors: { 'years.0.cashMinor': ['too small'], departmentId: ['departmentId names no department'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(await (await fields(dialog, 'Kontant'))[0].getTextErrors()).toEqual(['Värdet godtas inte.']);
    expect(await (await fields(dialog, 'Förvaltning'))[0].getTextErrors()).toEqual(['Värdet godtas inte.']);
    expect(await dialog.getText()).toContain('Några fält behöver rättas.');
    expect(closedWith).toBeUndefined();
  });

  it('warns that new amounts on an approved request go back for approval, and sends its version', async () => {
    const dialog = await open(approved);
    expect(await dialog.getTitleText()).toBe('Ändra förfrågan om medfinansiering');
    expect(await dialog.getText()).toContain('Ändrar du beloppen går den tillbaka till förvaltningschefen');
    const cash = (await (await fields(dialog, 'Kontant'))[0].getControl(MatInputHarness)) as MatInputHarness;
    expect((await cash.getValue()).replace(/\s/g, ' ')).toBe('250 000');
    const department = (await (
      await fields(dialog, 'Förvaltning')
    )[0].getControl(MatSelectHarness)) as MatSelectHarness;
    expect(await department.isDisabled()).toBe(true);

    await cash.setValue('300 000');
    await send(dialog, 'Spara');
    const request = backend.expectOne({ method: 'PATCH', url: '/api/co-funding-requests/r1' });
    expect(request.request.body).toEqual({
      years: [{ year: 2027, cashMinor: 30_000_000, inKindMinor: 0 }],
      justification: 'Lärare i projektet.',
      version: 3,
    });
    request.flush({ ...approved, status: 'pending', years: request.request.body.years, version: 4 });
    await settle();
    expect(closedWith).toEqual({ request: expect.objectContaining({ version: 4 }), approvalAgain: true });
  });
});
