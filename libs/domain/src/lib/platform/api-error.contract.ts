import type { ErrorCode } from './api-error-code';

/** The one shape every 4xx and 5xx answer of the API has. */
export interface ApiError {
  statusCode: number;
  /** A stable machine code, e.g. `validation_failed`, `stale_version`, `not_found`. */
  code: ErrorCode;
  /** A sentence for people, in English; the web app translates by `code`. */
  message: string;
  /** For invalid input: the field path → what is wrong with it. */
  errors?: Record<string, string[]>;
  /** For a stale write: the record as it is now. */
  current?: unknown;
  /** For a refused stage move: every reason, in the caller's language. */
  reasons?: Array<{ code: string; params?: Record<string, string | number>; message: string }>;
}
