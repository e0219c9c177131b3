import { randomUUID } from 'node:crypto';
import type { Language, OutgoingMail } from '@gp/domain';
import { headerText } from './mail-header';

/** One line of a list in an email: what it is, a link to where it is handled, and what else to know. */
export interface MailListItem {
  label: string;
  url: string;
  details: string[];
}

/** A headed list of linked items, such as a digest's "Inom en vecka". */
export interface MailList {
  heading: string;
  items: MailListItem[];
}

export interface MailContent {
  kind: string;
  to: string;
  language: Language;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Lists after the paragraphs, each under its heading. */
  lists?: MailList[];
  /** The one thing to do, shown as a button. */
  action?: { label: string; url: string };
  /** Small print after the action: why the person gets the email and where to change that. */
  footnotes?: string[];
  signature: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A link styled as a button: Outlook ignores most CSS but keeps padding and colours on an <a>.
// White on #0b57d0 has a contrast of 6.9:1.
const BUTTON =
  'display:inline-block;padding:10px 20px;background:#0b57d0;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold';

function listText(list: MailList): string {
  const items = list.items.map((item) =>
    [`• ${item.label}`, ...item.details.map((d) => `  ${d}`), `  ${item.url}`].join('\n'),
  );
  return [list.heading.toUpperCase(), ...items].join('\n\n');
}

function listHtml(list: MailList): string {
  const items = list.items.map(
    (item) =>
      `<li style="margin:0 0 12px"><a href="${escapeHtml(item.url)}" style="color:#0b57d0;font-weight:bold">${escapeHtml(item.label)}</a>` +
      item.details.map((d) => `<br>${escapeHtml(d)}`).join('') +
      '</li>',
  );
  return `<h2 style="font-size:17px;margin:24px 0 8px">${escapeHtml(list.heading)}</h2><ul style="padding-left:20px;margin:0">${items.join('')}</ul>`;
}

/**
 * Lays an email out as plain text and simple table-free HTML, which Outlook renders as written.
 * The Message-ID is fixed here so a retried send carries the same one; the subject and address
 * are made single header lines here, for every email.
 */
export function composeMail(content: MailContent, host = 'projektdesken'): OutgoingMail {
  const lists = content.lists ?? [];
  const footnotes = content.footnotes ?? [];
  const textParts = [content.greeting, ...content.paragraphs, ...lists.map(listText)];
  if (content.action) textParts.push(`${content.action.label}: ${content.action.url}`);
  textParts.push(...footnotes, content.signature);
  const html = [
    `<!doctype html><html lang="${content.language}"><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1f">`,
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...lists.map(listHtml),
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="${BUTTON}">${escapeHtml(content.action.label)}</a></p>`
      : '',
    ...footnotes.map((p) => `<p style="font-size:13px;color:#5f5f67">${escapeHtml(p)}</p>`),
    `<p style="color:#5f5f67">${escapeHtml(content.signature)}</p>`,
    '</body></html>',
  ].join('');
  return {
    messageId: `<${content.kind}.${randomUUID()}@${host}>`,
    to: headerText(content.to),
    subject: headerText(content.subject),
    text: textParts.join('\n\n'),
    html,
    language: content.language,
    kind: content.kind,
  };
}
