import type { Language } from '../people/language';
import type { Currency } from './currency';
import { money, type Money } from './money';

/** Why typed text is not an amount; the form shows the matching message. */
export type MoneyInputError =
  'not_a_number' | 'too_many_decimals' | 'negative' | 'too_large' | 'wrong_currency';

export type MoneyInputResult = { ok: true; money: Money } | { ok: false; error: MoneyInputError };

/**
 * Words and signs people put before or after an amount, in lower case. "kr" is
 * both Swedish and Norwegian, so it is accepted for both kronor, and so are
 * ":-" and ",-", the Swedish and Norwegian ways of writing whole kronor
 * ("1 250:-", "1 250,-").
 */
const CURRENCY_MARKERS: Readonly<Record<Currency, readonly string[]>> = {
  EUR: ['€', 'eur', 'euro', 'euros'],
  SEK: ['sek', 'kr', 'kr.', 'kronor', 'svenska kronor', ':-', ',-'],
  NOK: ['nok', 'nkr', 'kr', 'kr.', 'kroner', 'norske kroner', ',-', ':-'],
};

/** Every marker, longest first. */
const ALL_MARKERS = [...new Set(Object.values(CURRENCY_MARKERS).flat())].sort((a, b) => b.length - a.length);

/** The separator a locale writes decimals with; the other of "," and "." groups thousands. */
const DECIMAL_SEPARATOR: Readonly<Record<Language, ',' | '.'>> = { sv: ',', nb: ',', en: '.' };

const MAX_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads an amount as people type it into a budget field: "1 250 000",
 * "1250000,50", "1.250.000,50" (sv, nb), "1,250,000.50" (en), with or without
 * the currency sign, with ordinary or no-break spaces.
 *
 * When both "," and "." appear, the last one is the decimal separator, whatever
 * the language, because nobody groups after the decimals. A single separator
 * is the decimal one when it is the language's decimal separator, or when it is
 * not followed by exactly three digits ("1250.50" in Swedish is 1 250,50); a
 * separator that repeats, or the other language's one before three digits
 * ("1.250" in Swedish, "1,250" in English), groups thousands. Decimals are
 * counted as typed: "1,250" in Swedish is too_many_decimals rather than a
 * silent 1,25 kr for someone who meant 1 250.
 */
export function parseMoneyInput(text: string, currency: Currency, locale: Language): MoneyInputResult {
  const stripped = stripCurrency(text.trim().replace(/\s+/g, ' ').toLowerCase(), currency);
  if (stripped === null) return { ok: false, error: 'wrong_currency' };

  let body = stripped.replace(/\s/g, '');
  let negative = false;
  if (/^[-\u2212]/.test(body)) {
    negative = true;
    body = body.slice(1);
  } else if (body.startsWith('+')) {
    body = body.slice(1);
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return { ok: false, error: 'not_a_number' };

  const split = splitDecimals(body, DECIMAL_SEPARATOR[locale]);
  if (split === null) return { ok: false, error: 'not_a_number' };
  if (split.decimals.length > 2) return { ok: false, error: 'too_many_decimals' };
  if (negative) return { ok: false, error: 'negative' };

  const minor = BigInt(split.whole || '0') * BigInt(100) + BigInt(split.decimals.padEnd(2, '0'));
  if (minor > MAX_MINOR) return { ok: false, error: 'too_large' };
  return { ok: true, money: money(Number(minor), currency) };
}

/**
 * The text without this currency's sign or word; null when it names another
 * currency. The longest marker wins, so "100 nkr" in a SEK field is NOK, not
 * "100 n" followed by "kr".
 */
function stripCurrency(text: string, currency: Currency): string | null {
  const sign = /^[-\u2212]/.test(text) ? text[0] : '';
  const unsigned = text.slice(sign.length);
  for (const marker of ALL_MARKERS) {
    let rest: string | null = null;
    if (text.endsWith(marker)) rest = text.slice(0, -marker.length);
    // A prefix may follow the minus sign: en-GB writes "-€1,250".
    else if (unsigned.startsWith(marker)) rest = sign + unsigned.slice(marker.length);
    if (rest === null) continue;
    return CURRENCY_MARKERS[currency].includes(marker) ? rest.trim() : null;
  }
  return text;
}

/** Whole digits and decimal digits of "1.250.000,50"; null when the separators make no sense. */
function splitDecimals(body: string, localeDecimal: ',' | '.'): { whole: string; decimals: string } | null {
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  let decimalSeparator: ',' | '.' | null = null;

  if (lastComma >= 0 && lastDot >= 0) {
    decimalSeparator = lastComma > lastDot ? ',' : '.';
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const count = body.split(separator).length - 1;
    const after = body.slice(body.lastIndexOf(separator) + 1);
    const groupsThousands = count > 1 || (separator !== localeDecimal && /^\d{3}$/.test(after));
    decimalSeparator = groupsThousands ? null : separator;
  }

  let whole = body;
  let decimals = '';
  if (decimalSeparator !== null) {
    const at = body.lastIndexOf(decimalSeparator);
    whole = body.slice(0, at);
    decimals = body.slice(at + 1);
    if (!/^\d+$/.test(decimals)) return null;
  }
  return isGroupedWhole(whole) ? { whole: whole.replace(/[.,]/g, ''), decimals } : null;
}

/** "1250000", "1.250.000" or "1,250,000", but not "12.50.000" or "1.250,000". */
function isGroupedWhole(whole: string): boolean {
  if (/^\d*$/.test(whole)) return true;
  return /^\d{1,3}(\.\d{3})+$/.test(whole) || /^\d{1,3}(,\d{3})+$/.test(whole);
}
