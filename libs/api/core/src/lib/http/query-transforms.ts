import { Transform } from 'class-transformer';

/**
 * Query strings arrive as text. These convert explicitly and strictly: anything that is not
 * exactly a number or a boolean is left as it came, so validation refuses it by name instead of
 * it turning silently into NaN, a default, or `true`.
 */
export const QueryInteger = () =>
  Transform(({ value }) =>
    typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : value,
  );

export const QueryBoolean = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
