import { LANGUAGES } from '@gp/domain';
import { TRANSLATIONS } from './translations';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [p, v] of leaves(value, path)) found.set(p, v);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const swedish = leaves(TRANSLATIONS.sv);

  it.each(LANGUAGES.filter((l) => l !== 'sv'))('%s has exactly the Swedish keys', (language) => {
    const other = leaves(TRANSLATIONS[language]);
    expect([...other.keys()].sort()).toEqual([...swedish.keys()].sort());
  });

  it.each([...LANGUAGES])('%s has no empty text', (language) => {
    const empty = [...leaves(TRANSLATIONS[language])].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'sv'))('%s uses the same {{placeholders}} as Swedish', (language) => {
    const other = leaves(TRANSLATIONS[language]);
    const differing = [...swedish].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(other.get(key) ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  it('calls the head of a department avdelingsleder in Norwegian, as the role is named, wherever Swedish says förvaltningschef', () => {
    // A kommunedirektør is the municipality's chief executive, not the head of one department.
    const norwegian = leaves(TRANSLATIONS.nb);
    expect(TRANSLATIONS.nb.roles.department_head).toBe('Avdelingsleder');
    const unlike = [...swedish]
      .filter(([, text]) => /förvaltningschef/i.test(text))
      .filter(([key]) => !/avdelingsleder/i.test(norwegian.get(key) ?? ''))
      .map(([key]) => key);
    expect(unlike).toEqual([]);
    expect([...norwegian].filter(([, text]) => /kommunedirektør/i.test(text))).toEqual([]);
  });

  it('names each language in itself in every language', () => {
    for (const language of LANGUAGES) {
      expect(TRANSLATIONS[language].language.names).toEqual({
        sv: 'Svenska',
        nb: 'Norsk bokmål',
        en: 'English',
      });
    }
  });
});
