import type { Country } from './decision-body.contract';

/**
 * The shapes of a minutes paragraph and a case number as each country's records write them:
 * - Sweden: "§ 45" (or "45"); diarienummer "KS 2026/123", "BUN 2026.45", "2026/0123".
 * - Norway: "PS 45/26", "Sak 45/2026", "§ 45" or "45"; saksnummer "26/01234" or "2026/1234-3"
 *   (the last part the document number).
 */
const PARAGRAPH: Record<Country, RegExp> = {
  SE: /^(§\s?)?\d{1,4}$/,
  NO: /^((PS|Sak|§)\s?)?\d{1,4}(\/(\d{2}|\d{4}))?$/i,
};
const CASE_NUMBER: Record<Country, RegExp> = {
  SE: /^([A-ZÅÄÖ]{1,10}[ -])?\d{4}[/.-]\d{1,6}$/i,
  NO: /^(\d{2}|\d{4})\/\d{1,6}(-\d{1,4})?$/,
};

/** Examples for the error message and the form's hint, per country. */
export const MINUTES_REFERENCE_EXAMPLES: Record<Country, { paragraph: string; caseNumber: string }> = {
  SE: { paragraph: '§ 45', caseNumber: 'KS 2026/123' },
  NO: { paragraph: 'PS 45/26', caseNumber: '26/01234' },
};

export function isMinutesParagraph(text: string, country: Country): boolean {
  return PARAGRAPH[country].test(text.trim());
}

export function isCaseNumber(text: string, country: Country): boolean {
  return CASE_NUMBER[country].test(text.trim());
}
