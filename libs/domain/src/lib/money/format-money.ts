import type { Language } from '../people/language';
import { MINOR_UNITS_PER_MAJOR } from './currency';
import { money as checkedMoney, type Money } from './money';

/** The Intl locale each interface language formats numbers with. */
export const NUMBER_LOCALES: Readonly<Record<Language, string>> = {
  sv: 'sv-SE',
  nb: 'nb-NO',
  en: 'en-GB',
};

/**
 * An amount as people in the language write it, with the currency sign where
 * Intl puts it: sv "1 250 000 kr", "12 500 €"; nb "12 500 €"; en "€12,500".
 * Whole units unless the minor part is non-zero ("1 250 000,50 kr"), because
 * budgets are in whole euros and kronor and ",00" everywhere is noise.
 *
 * Intl separates groups with a no-break space (U+00A0 on Node 20, U+202F in
 * some newer ICU data) and writes a minus as U+2212 in sv and nb, so a line
 * never breaks inside an amount.
 */
export function formatMoney(money: Money, locale: Language): string {
  const { amountMinor, currency } = checkedMoney(money.amountMinor, money.currency);
  const minor = Math.abs(amountMinor % MINOR_UNITS_PER_MAJOR);
  const digits = minor === 0 ? 0 : 2;
  const formatter = formatterFor(locale, currency, digits);
  // A decimal string, not amountMinor / 100: a double cannot hold every amount
  // of cents above 2^53 / 100 exactly, and Intl formats decimal strings exactly.
  return formatter.format(toDecimalString(amountMinor));
}

// Building an Intl.NumberFormat costs far more than using one; a board formats thousands of amounts.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: Language, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(NUMBER_LOCALES[locale], {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "-125000050" minor units → "-1250000.50". */
function toDecimalString(amountMinor: number): `${number}` {
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
}
