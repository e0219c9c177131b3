import { FormControl } from '@angular/forms';
import type { Currency } from '@gp/domain';
import { moneyAmount, readMoneyField } from './money-input';

describe('money fields', () => {
  it('reads amounts as people write them, blank as nothing asked', () => {
    expect(readMoneyField('', 'SEK', 'sv')).toEqual({ ok: true, minor: 0 });
    expect(readMoneyField('1 250 000,50 kr', 'SEK', 'sv')).toEqual({ ok: true, minor: 125_000_050 });
    expect(readMoneyField('€1,250', 'EUR', 'en')).toEqual({ ok: true, minor: 125_000 });
    expect(readMoneyField('500 €', 'SEK', 'sv')).toEqual({ ok: false, error: 'wrong_currency' });
  });

  it('validates against the currency of the moment', () => {
    let currency: Currency = 'SEK';
    const control = new FormControl('500 €', {
      validators: moneyAmount(
        () => currency,
        () => 'sv',
      ),
    });
    expect(control.errors).toEqual({ money: 'wrong_currency' });
    currency = 'EUR';
    control.updateValueAndValidity();
    expect(control.errors).toBeNull();
    control.setValue('12,345');
    expect(control.errors).toEqual({ money: 'too_many_decimals' });
  });
});
