import type { ValueTransformer } from 'typeorm';

/**
 * Money in minor units is stored as bigint (a budget of 100 million kronor is 10^10 öre, past
 * int4) and read back as a number: pg returns bigint as text to be safe beyond 2^53, which no
 * municipal budget reaches.
 */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** numeric(5,2) percentages come back from pg as text too. */
export const numericNumber: ValueTransformer = bigintNumber;
