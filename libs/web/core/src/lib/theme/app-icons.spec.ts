import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ICONS } from './app-icons';

// The web sources, from this file: libs/web/core/src/lib/theme → the workspace root.
const ROOT = join(__dirname, '../../../../../..');
const SOURCES = ['apps/web/src', 'libs/web'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const LITERAL = /'([a-z0-9_]+)'/g;

/**
 * Every icon name the templates and components give: `svgIcon="add"` or `emptyIcon="group"`, the
 * quoted names in a bound `[svgIcon]`/`[icon]` expression, `icon: 'edit'` in look tables and row
 * actions, `icon = input('inbox')` defaults, and the values of `*_ICONS` maps.
 */
function iconNamesUsed(source: string): string[] {
  const names: string[] = [];
  // A component that draws its icons inline (<gp-inline-icon>, libs/web/ui's chrome) names them from
  // INLINE_ICONS, not from this registry.
  if (/InlineIconName|InlineIconComponent/.test(source)) return names;
  for (const m of source.matchAll(/\b\w*[iI]con="([a-z0-9_]+)"/g)) names.push(m[1]);
  for (const m of source.matchAll(/\[\w*[iI]con\]="([^"]*)"/g)) {
    for (const l of m[1].matchAll(LITERAL)) names.push(l[1]);
  }
  for (const m of source.matchAll(/\bicon: '([a-z0-9_]+)'/g)) names.push(m[1]);
  for (const m of source.matchAll(/[iI]con = input\('([a-z0-9_]+)'\)/g)) names.push(m[1]);
  for (const m of source.matchAll(/const \w*ICONS\b[^=]*= \{([^}]*)\}/g)) {
    for (const l of m[1].matchAll(LITERAL)) names.push(l[1]);
  }
  return names;
}

describe('APP_ICONS', () => {
  const files = SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)));
  const used = new Map<string, string>();
  for (const file of files) {
    for (const name of iconNamesUsed(readFileSync(file, 'utf8'))) used.set(name, file.slice(ROOT.length + 1));
  }

  it('finds the icons the app names (the scan itself still works)', () => {
    expect(used.get('view_kanban')).toBe('apps/web/src/app/shell/nav-links.ts');
    expect(used.has('radio_button_checked')).toBe(true);
    expect(used.size).toBeGreaterThan(50);
  });

  it('registers every icon a template or component names, so none shows as a blank', () => {
    const missing = [...used]
      .filter(([name]) => !Object.hasOwn(APP_ICONS, name))
      .map(([n, f]) => `${n} (${f})`);
    expect(missing).toEqual([]);
  });

  it('carries no icon nobody names, since each one is bytes in the shell’s download', () => {
    expect(Object.keys(APP_ICONS).filter((name) => !used.has(name))).toEqual([]);
  });

  it('names no icon as ligature text, which would show the word without the symbol font', () => {
    const ligatures = files.filter((file) =>
      /<mat-icon[^>]*>\s*[a-z_]+\s*<\/mat-icon>|fontIcon/.test(readFileSync(file, 'utf8')),
    );
    expect(ligatures).toEqual([]);
  });

  it('holds each icon as one SVG', () => {
    for (const markup of Object.values(APP_ICONS))
      expect(markup).toMatch(/^<svg [^>]*viewBox="0 -960 960 960"><path d="[^"]+"\/><\/svg>$/);
  });
});
