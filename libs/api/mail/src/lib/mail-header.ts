// Line breaks and other control characters, with the spaces around them.
// eslint-disable-next-line no-control-regex
const BREAKS = /\s*[\x00-\x1f\x7f\u2028\u2029]+\s*/g;

/**
 * A text for an email header (a subject, a display name): one line, whatever the project title in
 * it holds. A line break would otherwise end the header and start one of the writer's choosing
 * (`Bcc:`), or end the headers and start the body. Each run of line breaks and control characters
 * becomes one space. The transport encodes what is left (RFC 2047); this keeps the mail log's
 * subject the one that was sent, whichever driver sends it.
 */
export function headerText(text: string): string {
  return text.replace(BREAKS, ' ').trim();
}
