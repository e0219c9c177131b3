import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@gp/domain/people';
import { svFirstScreen } from '../i18n/sv-first-screen';

/** The numbers some error texts mention, for the translation's {{min}} and {{max}}. */
export const ERROR_PARAMS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } as const;

/** The translation key for an API error code; an unknown code gets the general "something went wrong". */
export function errorKey(code: string): string {
  return Object.hasOwn(svFirstScreen.errors, code) ? `errors.${code}` : 'errors.unexpected';
}

/**
 * The text under one field. The API's per-field messages are English, so a field shows the
 * translated code when it is specific, and a general "not accepted" for plain validation.
 */
export function fieldErrorKey(code: string): string {
  return code === 'validation_failed' ? 'validation.invalid' : errorKey(code);
}
