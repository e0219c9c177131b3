import { deadlineKindName, type Deadline, type Language } from '@gp/domain';
import { contentLine, textValue, uriValue } from './calendar-lines';

/**
 * Deadlines as an iCalendar file Outlook and Google Calendar read: a call's closing time as the
 * instant it is, everything else as an all-day entry on its due day. Ids are the deadline ids, so a
 * subscribed calendar updates an entry when its day moves rather than adding a second one.
 *
 * Written in three parts so a feed of any length can be sent as it is read: the head, the
 * entries of each batch, and the end. Every line is written through calendar-lines, so a name or
 * title carries no line break or delimiter of its own into the file.
 */
export async function* calendarFile(
  name: string,
  batches: AsyncIterable<readonly Deadline[]>,
  language: Language,
  appUrl: string,
): AsyncGenerator<string> {
  yield [
    'BEGIN:VCALENDAR\r\n',
    'VERSION:2.0\r\n',
    contentLine('PRODID', `-//Projektdesken//deadlines//${language.toUpperCase()}`),
    contentLine('NAME', textValue(name)),
    contentLine('X-WR-CALNAME', textValue(name)),
  ].join('');
  const stamp = icsInstant(new Date());
  for await (const batch of batches) yield batch.map((d) => eventOf(d, language, appUrl, stamp)).join('');
  yield 'END:VCALENDAR\r\n';
}

function eventOf(deadline: Deadline, language: Language, appUrl: string, stamp: string): string {
  const what = deadlineKindName(deadline.kind, language);
  const summary =
    deadline.title && deadline.title !== deadline.projectTitle
      ? `${what}: ${deadline.title} – ${deadline.projectTitle}`
      : `${what}: ${deadline.projectTitle}`;
  const url = `${appUrl}/projects/${deadline.projectId}`;
  const when = deadline.dueAt
    ? [
        contentLine('DTSTART', icsInstant(new Date(deadline.dueAt))),
        contentLine('DTEND', icsInstant(new Date(new Date(deadline.dueAt).getTime() + 30 * 60_000))),
      ]
    : [
        contentLine('DTSTART;VALUE=DATE', deadline.dueOn.replace(/-/g, '')),
        // Outlook shows an entry without a time as a day's event only with these.
        'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n',
        'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r\n',
      ];
  return [
    'BEGIN:VEVENT\r\n',
    contentLine('UID', textValue(`${deadline.id}@projektdesken`)),
    'SEQUENCE:0\r\n',
    contentLine('DTSTAMP', stamp),
    ...when,
    contentLine('SUMMARY', textValue(summary)),
    contentLine('DESCRIPTION', textValue(url)),
    contentLine('URL;VALUE=URI', uriValue(url)),
    'END:VEVENT\r\n',
  ].join('');
}

/** An instant in UTC as iCalendar writes it: 20310102T110000Z. */
function icsInstant(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
