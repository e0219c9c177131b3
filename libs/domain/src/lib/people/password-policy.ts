/** Long passphrases rather than symbol rules, as NIST SP 800-63B advises. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email';

/** The reasons a new password is refused, empty when it is acceptable. */
export function passwordProblems(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (email && password.trim().toLowerCase() === normaliseEmail(email)) problems.push('same_as_email');
  return problems;
}

/** Addresses are compared without case or surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
