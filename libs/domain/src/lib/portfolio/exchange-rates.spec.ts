import { exchangeRateInputProblem, isExchangeRate, reportingCurrencyOf, toReportingMinor } from './exchange-rates';

describe('exchange rates', () => {
  it('reports in the krona of the country', () => {
    expect(reportingCurrencyOf('SE')).toBe('SEK');
    expect(reportingCurrencyOf('NO')).toBe('NOK');
  });

  it('converts minor units at the rate, rounding half away from zero to whole öre', () => {
    expect(toReportingMinor(100_000_00, 11.0925)).toBe(1_109_250_00);
    expect(toReportingMinor(1, 11.5)).toBe(12);
    expect(toReportingMinor(3, 0.5)).toBe(2);
    expect(toReportingMinor(123_456_789_01, 11.123456)).toBe(Math.round(12345678901 * 11.123456));
    expect(toReportingMinor(0, 11.2)).toBe(0);
  });

  it('takes rates above 0 with at most six decimals', () => {
    expect(isExchangeRate(11.0925)).toBe(true);
    expect(isExchangeRate(0.968112)).toBe(true);
    expect(isExchangeRate(11.1234567)).toBe(false);
    expect(isExchangeRate(0)).toBe(false);
    expect(isExchangeRate(-1)).toBe(false);
    expect(isExchangeRate(Number.NaN)).toBe(false);
    expect(isExchangeRate('11.2')).toBe(false);
  });

  it('names the field of a rate it refuses', () => {
    const good = { currency: 'EUR', month: '2027-03', rate: 11.2 };
    expect(exchangeRateInputProblem(good, 'SEK')).toBeNull();
    expect(exchangeRateInputProblem({ ...good, currency: 'SEK' }, 'SEK')?.field).toBe('currency');
    expect(exchangeRateInputProblem({ ...good, currency: 'NOK' }, 'SEK')).toBeNull();
    expect(exchangeRateInputProblem({ ...good, currency: 'USD' }, 'SEK')?.field).toBe('currency');
    expect(exchangeRateInputProblem({ ...good, month: '2027-13' }, 'SEK')?.field).toBe('month');
    expect(exchangeRateInputProblem({ ...good, month: '2027-03-01' }, 'SEK')?.field).toBe('month');
    expect(exchangeRateInputProblem({ ...good, rate: 0 }, 'SEK')?.field).toBe('rate');
  });
});
