// Something@domain.tld, as the API's check wants a domain with a dot in it.
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Whether a text is an email address the API accepts, ignoring surrounding space, which the API
 * trims off, so a pasted address works. Plain TypeScript, so a page with native fields (the
 * sign-in page) checks addresses as the reactive forms' `emailAddress` validator does.
 */
export function isEmailAddress(text: string): boolean {
  return EMAIL_ADDRESS.test(text.trim());
}
