import ical from 'ical-generator';
import { deadlineKindName, type Deadline, type Language } from '@gp/domain';
import { foldLines } from './calendar-lines';

const END = 'END:VCALENDAR';

/**
 * Deadlines as an iCalendar file Outlook and Google Calendar read: a call's closing time as the
 * instant it is, everything else as an all-day entry on its due day. Ids are the deadline ids, so a
 * subscribed calendar updates an entry when its day moves rather than adding a second one.
 *
 * Written in three parts so a feed of any length can be sent as it is read: the head, the
 * entries of each batch, and the end.
 */
export async function* calendarFile(
  name: string,
  batches: AsyncIterable<readonly Deadline[]>,
  language: Language,
  appUrl: string,
): AsyncGenerator<string> {
  const calendar = ical({
    name,
    prodId: { company: 'Projektdesken', product: 'deadlines', language: language.toUpperCase() },
  });
  // An empty calendar is the head and the end; the entries go between them.
  const empty = calendar.toString();
  yield empty.slice(0, empty.lastIndexOf(END));
  for await (const batch of batches) {
    calendar.clear();
    for (const deadline of batch) calendar.createEvent(eventOf(deadline, language, appUrl));
    yield foldLines(
      calendar
        .events()
        .map((event) => event.toString())
        .join(''),
    );
  }
  yield `${END}\r\n`;
}

function eventOf(deadline: Deadline, language: Language, appUrl: string) {
  const what = deadlineKindName(deadline.kind, language);
  const summary =
    deadline.title && deadline.title !== deadline.projectTitle
      ? `${what}: ${deadline.title} – ${deadline.projectTitle}`
      : `${what}: ${deadline.projectTitle}`;
  const url = `${appUrl}/projects/${deadline.projectId}`;
  return {
    id: `${deadline.id}@projektdesken`,
    summary,
    url,
    description: url,
    ...(deadline.dueAt
      ? { start: new Date(deadline.dueAt), end: new Date(new Date(deadline.dueAt).getTime() + 30 * 60_000) }
      : { start: new Date(`${deadline.dueOn}T00:00:00Z`), allDay: true }),
  };
}
