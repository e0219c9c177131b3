import type { EntityManager } from 'typeorm';
import { reportingCurrencyOf, type Country, type Currency } from '@gp/domain';
import { ExchangeRateEntity } from '@gp/api/data';

/** Marks the demo's rates: plausible, never real; an admin replaces them with InforEuro's. */
export const DEMO_RATE_SOURCE = 'Demo (not InforEuro)';

/** The months the demo has rates for: 2024-01 to 2027-12. */
export const DEMO_RATE_YEARS = [2024, 2025, 2026, 2027] as const;

/**
 * Plausible monthly rates, made up by two slow waves: EUR→SEK between about 10.9 and 11.6,
 * EUR→NOK between about 11.4 and 11.9, and the kronor against each other through the euro.
 */
export function demoEuroRates(): Array<{ month: string; sek: number; nok: number }> {
  const rates: Array<{ month: string; sek: number; nok: number }> = [];
  let i = 0;
  for (const year of DEMO_RATE_YEARS)
    for (let month = 1; month <= 12; month++, i++) {
      const sek = 11.25 + 0.3 * Math.sin(i / 5) + 0.04 * Math.cos(i * 1.7);
      const nok = 11.65 + 0.2 * Math.sin(i / 7 + 1) + 0.04 * Math.cos(i * 1.3);
      rates.push({
        month: `${year}-${String(month).padStart(2, '0')}-01`,
        sek: Number(sek.toFixed(4)),
        nok: Number(nok.toFixed(4)),
      });
    }
  return rates;
}

/** The demo rates into the country's reporting currency: the euro's, and the other krona's. */
export function demoExchangeRates(country: Country): Array<{ currency: Currency; month: string; rate: number }> {
  const reporting = reportingCurrencyOf(country);
  return demoEuroRates().flatMap<{ currency: Currency; month: string; rate: number }>(({ month, sek, nok }) =>
    reporting === 'SEK'
      ? [
          { currency: 'EUR' as const, month, rate: sek },
          { currency: 'NOK' as const, month, rate: Number((sek / nok).toFixed(6)) },
        ]
      : [
          { currency: 'EUR' as const, month, rate: nok },
          { currency: 'SEK' as const, month, rate: Number((nok / sek).toFixed(6)) },
        ],
  );
}

/** Loads the demo rates, marked demo; a rate someone already keeps for a month stays as it is. */
export async function loadDemoExchangeRates(manager: EntityManager, country: Country): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(ExchangeRateEntity)
    .values(
      demoExchangeRates(country).map((r) => ({
        currency: r.currency,
        month: r.month,
        rate: r.rate.toFixed(6),
        source: DEMO_RATE_SOURCE,
        demo: true,
        updatedById: null,
      })),
    )
    .orIgnore()
    .execute();
}
