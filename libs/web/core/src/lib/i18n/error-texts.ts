import type { ErrorCode } from '@gp/domain';

/** Codes the web shows that no API answer carries: a taken programme name gets its own words. */
export type WebErrorCode = 'programme_name_taken';

/**
 * A language's error texts: one for every code the API can return (libs/domain's ApiErrorCode),
 * every code the web makes itself, and nothing else. A code added to the API without text in a
 * language fails the build.
 */
export type ErrorTexts = Record<ErrorCode | WebErrorCode, string>;
