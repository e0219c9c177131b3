import type { Language } from '@gp/domain/people';

/** The Intl locale each language formats dates and numbers with. */
export const LOCALES: Readonly<Record<Language, string>> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };
