import { normaliseEmail, passwordProblems, PASSWORD_MIN_LENGTH } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('fyra ord i rad här', 'anna@example.se')).toEqual([]);
  });

  it('refuses a password shorter than the minimum', () => {
    expect(passwordProblems('a'.repeat(PASSWORD_MIN_LENGTH - 1))).toEqual(['too_short']);
    expect(passwordProblems('a'.repeat(PASSWORD_MIN_LENGTH))).toEqual([]);
  });

  it('refuses a password longer than 128 characters', () => {
    expect(passwordProblems('a'.repeat(129))).toEqual(['too_long']);
  });

  it('refuses the email address itself, whatever its case', () => {
    expect(passwordProblems(' Anna.Berg@Kommun.se ', 'anna.berg@kommun.se')).toEqual(['same_as_email']);
  });

  it('normalises email addresses for comparison', () => {
    expect(normaliseEmail('  Per@Kommun.SE ')).toBe('per@kommun.se');
  });
});
