import type { sv } from './sv';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * The texts of one language. Swedish defines the keys; the compiler then refuses a language
 * file that lacks a key or has one too many, so no screen shows a raw key.
 */
export type Translation = Shape<typeof sv>;
