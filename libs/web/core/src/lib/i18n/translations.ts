import type { Language } from '@gp/domain/people';
import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';
import type { Translation } from './translation';

/** Every language's texts, bundled: the app needs no request, and works offline, to show its words. */
export const TRANSLATIONS: Readonly<Record<Language, Translation>> = { sv, nb, en };
