import { Injectable, inject, signal } from '@angular/core';
import type { ExchangeRate, ExchangeRateInput } from '@gp/domain';
import { LoadState, callApi } from '@gp/web/core';
import { ExchangeRatesApi } from './exchange-rates.api';

/** Newest month first, then by currency: the rates a report of this year uses are on top. */
export function byMonthAndCurrency(a: ExchangeRate, b: ExchangeRate): number {
  return b.month.localeCompare(a.month) || a.currency.localeCompare(b.currency);
}

const same = (a: Pick<ExchangeRate, 'currency' | 'month'>, b: Pick<ExchangeRate, 'currency' | 'month'>) =>
  a.currency === b.currency && a.month === b.month;

/** The monthly rates the reports convert with. Writes reject with the API's ApiError. */
@Injectable({ providedIn: 'root' })
export class ExchangeRatesStore {
  private readonly api = inject(ExchangeRatesApi);
  private readonly state = new LoadState();

  readonly rates = signal<ExchangeRate[]>([]);
  readonly loading = this.state.loading;
  readonly problem = this.state.problem;

  load(): Promise<void> {
    return this.state.run(
      () => callApi(this.api.list()),
      (rates) => this.rates.set([...rates].sort(byMonthAndCurrency)),
    );
  }

  async save(input: ExchangeRateInput): Promise<ExchangeRate> {
    const saved = await callApi(this.api.save(input));
    this.rates.update((rates) => [...rates.filter((r) => !same(r, saved)), saved].sort(byMonthAndCurrency));
    return saved;
  }

  async remove(rate: ExchangeRate): Promise<void> {
    await callApi(this.api.remove(rate));
    this.rates.update((rates) => rates.filter((r) => !same(r, rate)));
  }
}
