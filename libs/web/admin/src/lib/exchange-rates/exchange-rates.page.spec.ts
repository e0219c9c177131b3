import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { ExchangeRate } from '@gp/domain';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { ExchangeRatesPage } from './exchange-rates.page';

const demoRate: ExchangeRate = { currency: 'EUR', month: '2026-03', rate: 11.0925, source: 'InforEuro', demo: true };

describe('ExchangeRatesPage', () => {
  let fixture: ComponentFixture<ExchangeRatesPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  const settle = () => settleFixture(fixture);
  const root = () => fixture.nativeElement as HTMLElement;
  const input = (testId: string) => loader.getHarness(MatInputHarness.with({ selector: `[data-testid="${testId}"]` }));

  beforeEach(async () => {
    ({ fixture, backend } = createDeskFixture(ExchangeRatesPage));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne('/api/exchange-rates').flush([
      { currency: 'EUR', month: '2026-02', rate: 11.2, source: 'InforEuro', demo: false },
      demoRate,
    ]);
    await settle();
  });

  afterEach(() => backend.verify());

  it('lists the newest month first and marks demo rates', () => {
    const rows = [...root().querySelectorAll('tbody tr')].map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('2026-03');
    expect(rows[0]).toContain('11,0925');
    expect(rows[0]).toContain('Demokurs');
    expect(rows[1]).not.toContain('Demokurs');
    expect(root().querySelector('[data-testid="rates-demo-note"]')).not.toBeNull();
  });

  it('says what is wrong with a rate and sends nothing', async () => {
    await (await input('rate-month')).setValue('2026-04');
    await (await input('rate-rate')).setValue('-3');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara kursen' }))).click();
    await settle();
    expect(root().textContent).toContain('Skriv en kurs större än 0, till exempel 11,0925.');
    backend.expectNone('/api/exchange-rates');
  });

  it('saves a rate typed with a decimal comma and lists it', async () => {
    await (await input('rate-month')).setValue('2026-04');
    await (await input('rate-rate')).setValue('11,31');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara kursen' }))).click();
    await settle();
    const put = backend.expectOne({ method: 'PUT', url: '/api/exchange-rates' });
    expect(put.request.body).toEqual({ currency: 'EUR', month: '2026-04', rate: 11.31, source: 'InforEuro' });
    put.flush({ currency: 'EUR', month: '2026-04', rate: 11.31, source: 'InforEuro', demo: false });
    await settle();
    expect(root().querySelector('[data-testid="rate-row-EUR-2026-04"]')).not.toBeNull();
  });

  it('deletes a rate after asking', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="rate-remove-EUR-2026-03"]' }))
    ).click();
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Ta bort' }))).click();
    await settle();
    backend.expectOne({ method: 'DELETE', url: '/api/exchange-rates/EUR/2026-03' }).flush(null);
    await settle();
    expect(root().querySelector('[data-testid="rate-row-EUR-2026-03"]')).toBeNull();
  });
});
