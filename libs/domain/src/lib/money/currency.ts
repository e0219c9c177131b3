/** The currencies budgets are kept in: EU budgets in euro, Swedish and Norwegian money in kronor. */
export const CURRENCIES = ['EUR', 'SEK', 'NOK'] as const;

export type Currency = (typeof CURRENCIES)[number];

/** All three currencies have cents (cent, öre, øre): 100 minor units to the major unit. */
export const MINOR_UNITS_PER_MAJOR = 100;

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}
