import { API_ERROR_CODES, CLIENT_ERROR_CODES, LANGUAGES } from '@gp/domain';
import { errorKey } from '../http/error-keys';
import { TRANSLATIONS } from './translations';

// The compiler already refuses a missing code (ErrorTexts); this says which one, in which language.
describe('error texts', () => {
  const codes = [...API_ERROR_CODES, ...CLIENT_ERROR_CODES];

  it.each([...LANGUAGES])('%s has a text of its own for every code the API can return', (language) => {
    const errors: Readonly<Record<string, string>> = TRANSLATIONS[language].errors;
    expect(codes.filter((code) => !errors[code]?.trim())).toEqual([]);
  });

  it('sends every API code to its own text, never to the general "something went wrong"', () => {
    expect(API_ERROR_CODES.filter((code) => errorKey(code) !== `errors.${code}`)).toEqual([]);
  });

  it('sends a code it does not know to the general text', () => {
    expect(errorKey('no_such_code')).toBe('errors.unexpected');
  });
});
