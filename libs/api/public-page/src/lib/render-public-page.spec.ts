/**
 * @jest-environment jsdom
 */
/// <reference lib="dom" />
// jsdom's DOMParser is a browser's HTML parser: the page is read back as a browser would read it.
import type { PublicProject } from '@gp/domain';
import { renderPublicPage } from './render-public-page';

const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)",
  '</article></section><iframe src=//evil.example></iframe>',
  '<!-- a comment --><style>body{display:none}</style>',
  '&lt;b&gt; stays text &amp;',
  'Noll\u0000byte och styr\u001btecken',
];

const project = (n: number, hostile: string, overrides: Partial<PublicProject> = {}): PublicProject => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: hostile,
  summary: hostile,
  status: 'ongoing',
  plannedStart: '2026-01-01',
  plannedEnd: null,
  fundingSource: hostile,
  funder: hostile,
  euFunded: true,
  partners: [{ organisation: hostile, country: 'DK', role: 'partner' }],
  contactName: hostile,
  contactEmail: `a${n}@kommun.se"><script>alert(4)</script>`,
  results: hostile,
  links: [
    { label: hostile, url: 'https://example.org/a?b=1&c="2"' },
    { label: `js ${n}`, url: 'javascript:alert(5)' },
    { label: `tabbed js ${n}`, url: 'java\tscript:alert(6)' },
    { label: `data ${n}`, url: 'data:text/html,<script>alert(7)</script>' },
    { label: `relative ${n}`, url: '/api/users' },
  ],
  sdgs: [4, 13],
  ...overrides,
});

/** What a browser would show as text, without control characters the page may not carry. */
// eslint-disable-next-line no-control-regex -- control characters are what is tested
const shown = (text: string) => text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');

describe('renderPublicPage', () => {
  const projects = XSS.map((hostile, i) => project(i + 1, hostile, i % 2 ? { status: 'closed' } : {}));
  const page = renderPublicPage(projects, 'sv');
  const document = new DOMParser().parseFromString(page, 'text/html');

  it('adds no element and no attribute of its own, whatever the projects say', () => {
    expect(document.querySelectorAll('script, img, iframe, style:not(head style)')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    for (const element of Array.from(document.querySelectorAll('*')))
      for (const attribute of Array.from(element.attributes))
        expect([
          'lang',
          'charset',
          'name',
          'content',
          'aria-label',
          'aria-labelledby',
          'id',
          'href',
          'class',
          'aria-current',
          // The EU flag's drawing.
          'aria-hidden',
          'focusable',
          'viewBox',
          'width',
          'height',
          'fill',
          'points',
        ]).toContain(attribute.name);
    expect(document.querySelectorAll('article')).toHaveLength(XSS.length);
    expect(document.querySelectorAll('section')).toHaveLength(2);
  });

  it('shows every text as it was written', () => {
    const articles = Array.from(document.querySelectorAll('article'));
    XSS.forEach((hostile, i) => {
      const article = articles.find((a) => a.getAttribute('aria-labelledby') === `p-${projects[i].id}`);
      expect(article?.querySelector('h3')?.textContent).toBe(shown(hostile));
      expect(article?.textContent).toContain(`${shown(hostile)} (Danmark)`);
    });
  });

  it('links only to http and https addresses; any other address leaves its label as text', () => {
    const targets = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    for (const target of targets)
      expect(target).toMatch(
        /^(https?:\/\/|mailto:|\/public-projects(\/[0-9a-f-]{36})?(\?lang=(nb|en))?$|\/api\/public\/projects$)/,
      );
    expect(targets.filter((t) => t.startsWith('https://example.org/'))).toEqual(
      XSS.map(() => 'https://example.org/a?b=1&c=%222%22'),
    );
    const first = document.querySelector('article');
    const items = Array.from(first?.querySelectorAll('li') ?? []).map((li) => [
      li.textContent,
      li.querySelector('a') !== null,
    ]);
    expect(items).toEqual(
      expect.arrayContaining([
        ['js 1', false],
        ['tabbed js 1', false],
        ['data 1', false],
        ['relative 1', false],
      ]),
    );
  });

  it('keeps the contact address inside its mailto link', () => {
    const mail = document.querySelector('a[href^="mailto:"]');
    expect(mail?.getAttribute('href')).toBe('mailto:a1@kommun.se"><script>alert(4)</script>');
    expect(mail?.textContent).toBe('a1@kommun.se"><script>alert(4)</script>');
  });
});
