import type { Language } from '../people/language';

const UNITS: Record<Language, readonly string[]> = {
  sv: ['byte', 'kB', 'MB'],
  nb: ['byte', 'kB', 'MB'],
  en: ['bytes', 'KB', 'MB'],
};

/** A file's size as people read it, in the language's number style: "1,2 MB", "1.2 MB", "340 kB". */
export function documentSizeText(bytes: number, language: Language): string {
  const units = UNITS[language];
  const locale = language === 'en' ? 'en-GB' : language === 'nb' ? 'nb-NO' : 'sv-SE';
  if (bytes < 1024) return `${bytes} ${units[0]}`;
  const kib = bytes / 1024;
  if (kib < 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(kib)} ${units[1]}`;
  const mib = kib / 1024;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mib)} ${units[2]}`;
}
