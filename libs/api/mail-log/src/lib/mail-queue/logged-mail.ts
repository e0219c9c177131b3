import type { OutgoingMail } from '@gp/domain';

/** An email as the mail log holds it: its columns, read by the claim of a batch and by the sweep. */
export type LoggedMailRow = Record<
  'message_id' | 'recipient' | 'subject' | 'text' | 'html' | 'kind' | 'language',
  string
>;

export function mailOfRow(row: LoggedMailRow): OutgoingMail {
  return {
    messageId: row.message_id,
    to: row.recipient,
    subject: row.subject,
    text: row.text,
    html: row.html,
    kind: row.kind,
    language: row.language as OutgoingMail['language'],
  };
}
