import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { CurrentUser, Department, LedgerYear } from '@gp/domain';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { personFixture, signInForTest } from '@gp/web/session/testing';
import { LedgerPage } from './ledger.page';

const row = (
  departmentId: string,
  departmentName: string,
  year: number,
  extra: Partial<LedgerYear> = {},
): LedgerYear => ({
  departmentId,
  departmentName,
  year,
  currency: 'SEK',
  frameMinor: 50_000_000,
  pendingMinor: 10_000_000,
  approvedMinor: 30_000_000,
  committedMinor: 20_000_000,
  releasedMinor: 0,
  remainingMinor: 20_000_000,
  ...extra,
});

const departments: Department[] = [
  { id: 'd1', name: 'Socialförvaltningen' } as Department,
  { id: 'd2', name: 'Utbildningsförvaltningen' } as Department,
];

const karin: CurrentUser = { ...personFixture('u5', ['department_head']), departmentIds: ['d2'] };

describe('LedgerPage', () => {
  let fixture: ComponentFixture<LedgerPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const settle = () => settleFixture(fixture);
  const cells = () =>
    [...document.querySelectorAll('[data-testid="ledger-table"] tr')].map((tr) =>
      [...tr.children].map((cell) => plain(cell.textContent)),
    );

  async function open(person: CurrentUser, rows: LedgerYear[]) {
    ({ fixture, backend } = createDeskFixture(LedgerPage));
    await signInForTest(person);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne('/api/co-funding/ledger').flush(rows);
    backend.expectOne('/api/departments').flush(departments);
    await settle();
  }

  afterEach(() => backend.verify());

  it('shows frame, pending, approved, committed, released and remaining per department and year, an overdrawn frame in words', async () => {
    await open(karin, [
      row('d1', 'Socialförvaltningen', 2027),
      row('d2', 'Utbildningsförvaltningen', 2027, { approvedMinor: 65_000_000, remainingMinor: -15_000_000 }),
      row('d2', 'Utbildningsförvaltningen', 2028, { frameMinor: null, remainingMinor: null }),
    ]);
    expect(plain(document.querySelector('caption')?.textContent)).toBe(
      'Ram och medfinansiering per förvaltning och budgetår',
    );
    expect(cells()).toEqual([
      [
        'Förvaltning',
        'Budgetår',
        'Ram',
        'Väntar på beslut',
        'Godkänt',
        'Bundet',
        'Frigjort',
        'Återstående ram',
        'Åtgärder',
      ],
      [
        'Socialförvaltningen',
        '2027',
        '500 000 kr',
        '100 000 kr',
        '300 000 kr',
        '200 000 kr',
        '0 kr',
        '200 000 kr',
        '',
      ],
      [
        'Utbildningsförvaltningen',
        '2027',
        '500 000 kr',
        '100 000 kr',
        '650 000 kr',
        '200 000 kr',
        '0 kr',
        'Ramen är överskriden: −150 000 kr',
        'Ange ram',
      ],
      [
        'Utbildningsförvaltningen',
        '2028',
        'Ingen ram i SEK',
        '100 000 kr',
        '300 000 kr',
        '200 000 kr',
        '0 kr',
        '–',
        'Ange ram',
      ],
    ]);
    expect(plain(document.querySelector('.overdrawn')?.textContent)).toContain('150 000');
  });

  it('filters by budget year', async () => {
    await open(karin, [row('d1', 'Socialförvaltningen', 2027), row('d2', 'Utbildningsförvaltningen', 2028)]);
    const year = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="ledger-year"]' }));
    await year.open();
    expect(await Promise.all((await year.getOptions()).map((o) => o.getText()))).toEqual([
      'Alla budgetår',
      '2027',
      '2028',
    ]);
    const link = (format: string) =>
      (document.querySelector(`[data-testid="ledger-export-${format}"]`) as HTMLAnchorElement).getAttribute(
        'href',
      );
    expect(link('xlsx')).toBe('/api/co-funding/ledger/export?format=xlsx');
    await year.clickOptions({ text: '2028' });
    await settle();
    expect(
      cells()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Utbildningsförvaltningen']);
    // The export is what is shown: the year chosen.
    expect(link('csv')).toBe('/api/co-funding/ledger/export?format=csv&year=2028');
  });

  it('lets the head set her own department’s frame, typed the Nordic way', async () => {
    await open(karin, [row('d2', 'Utbildningsförvaltningen', 2027)]);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Ange ram' }))).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    const amount = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Ram' }));
    const input = (await amount.getControl(MatInputHarness)) as MatInputHarness;
    expect(plain(await input.getValue())).toBe('500 000');
    await input.setValue('750 000');
    await (
      await dialog.getHarness(MatButtonHarness.with({ selector: '[data-testid="frame-send"]' }))
    ).click();
    const put = backend.expectOne('/api/departments/d2/co-funding-frames/2027');
    expect(put.request.body).toEqual({ amountMinor: 75_000_000, currency: 'SEK' });
    put.flush([
      row('d2', 'Utbildningsförvaltningen', 2027, { frameMinor: 75_000_000, remainingMinor: 45_000_000 }),
    ]);
    await settle();
    expect(cells()[1][2]).toBe('750 000 kr');
    expect(plain(document.querySelector('[data-testid="ledger-announcer"]')?.textContent)).toBe(
      'Ramen för Utbildningsförvaltningen 2027 är sparad.',
    );
  });

  it('offers no frame to set for a department the person does not head', async () => {
    await open({ ...karin, departmentIds: ['d9'] }, [row('d2', 'Utbildningsförvaltningen', 2027)]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /ram/i }))).toEqual([]);
  });
});
