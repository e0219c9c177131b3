import { randomUUID } from 'node:crypto';
import type { Language, OutgoingMail } from '@gp/domain';

export interface MailContent {
  kind: string;
  to: string;
  language: Language;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  signature: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Lays an email out as plain text and simple table-free HTML, which Outlook renders as written.
 * The Message-ID is fixed here so a retried send carries the same one.
 */
export function composeMail(content: MailContent, host = 'projektdesken'): OutgoingMail {
  const textParts = [content.greeting, ...content.paragraphs];
  if (content.action) textParts.push(`${content.action.label}: ${content.action.url}`);
  textParts.push(content.signature);
  const html = [
    `<!doctype html><html lang="${content.language}"><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1f">`,
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    content.action
      ? `<p><a href="${escapeHtml(content.action.url)}" style="color:#0b57d0">${escapeHtml(content.action.label)}</a></p>`
      : '',
    `<p style="color:#5f5f67">${escapeHtml(content.signature)}</p>`,
    '</body></html>',
  ].join('');
  return {
    messageId: `<${content.kind}.${randomUUID()}@${host}>`,
    to: content.to,
    subject: content.subject,
    text: textParts.join('\n\n'),
    html,
    language: content.language,
    kind: content.kind,
  };
}
