import { Pipe, type PipeTransform } from '@angular/core';
import { formatMoney, type Currency, type Language } from '@gp/domain';

/**
 * `{{ call.maxGrantMinor | localMoney: call.maxGrantCurrency : language() }}` → "400 000 €" in
 * Swedish. Amounts are integer minor units; '' when there is no amount or no currency.
 */
@Pipe({ name: 'localMoney' })
export class LocalMoneyPipe implements PipeTransform {
  transform(
    amountMinor: number | null | undefined,
    currency: Currency | null | undefined,
    language: Language,
  ): string {
    if (amountMinor === null || amountMinor === undefined || !currency) return '';
    return formatMoney({ amountMinor, currency }, language);
  }
}
