/**
 * HTML's writing rules for the public page, in one place: markup is written only as `html`
 * templates, and every value put into one is escaped unless it is itself such a template. A
 * project's text can therefore never become an element or an attribute, whichever field it is in.
 */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** What a template may hold: text (escaped), markup made by `html`, lists of either, or nothing. */
export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

/** Markup whose interpolated values are escaped for text and for double-quoted attributes alike. */
export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  let markup = strings[0];
  parts.forEach((part, i) => (markup += markupOf(part) + strings[i + 1]));
  return new Html(markup);
}

function markupOf(part: HtmlPart): string {
  if (part instanceof Html) return part.markup;
  if (Array.isArray(part)) return part.map(markupOf).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

// Control characters are not allowed in an HTML document (a NUL ends text in some parsers); the
// tab and line breaks are.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** Text as HTML: the five characters that could open a tag, an entity or leave an attribute escaped. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The address a link may point to: an http or https URL only, never javascript:, data: or a
 * relative path a browser would resolve on the desk's own origin. Null when it is anything else,
 * and the page shows the link's label as plain text.
 */
export function webLinkTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
