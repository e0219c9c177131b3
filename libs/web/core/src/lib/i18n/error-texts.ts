import type { ErrorCode } from '@gp/domain';

/**
 * A language's error texts: one for every code the API can return (libs/domain's ApiErrorCode),
 * every code the web makes itself (ClientErrorCode), and nothing else. A code added to the API
 * without text in a language fails the build.
 */
export type ErrorTexts = Record<ErrorCode, string>;
