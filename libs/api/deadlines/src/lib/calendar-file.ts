import ical from 'ical-generator';
import { deadlineKindName, type Deadline, type Language } from '@gp/domain';

/**
 * Deadlines as an iCalendar file Outlook and Google Calendar read: a call's closing time as the
 * instant it is, everything else as an all-day entry on its due day. Ids are the deadline ids, so a
 * subscribed calendar updates an entry when its day moves rather than adding a second one.
 */
export function calendarFile(
  name: string,
  deadlines: readonly Deadline[],
  language: Language,
  appUrl: string,
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Projektdesken', product: 'deadlines', language: language.toUpperCase() },
  });
  for (const deadline of deadlines) {
    const what = deadlineKindName(deadline.kind, language);
    const summary =
      deadline.title && deadline.title !== deadline.projectTitle
        ? `${what}: ${deadline.title} – ${deadline.projectTitle}`
        : `${what}: ${deadline.projectTitle}`;
    const url = `${appUrl}/projects/${deadline.projectId}`;
    calendar.createEvent({
      id: `${deadline.id}@projektdesken`,
      summary,
      url,
      description: url,
      ...(deadline.dueAt
        ? { start: new Date(deadline.dueAt), end: new Date(new Date(deadline.dueAt).getTime() + 30 * 60_000) }
        : { start: new Date(`${deadline.dueOn}T00:00:00Z`), allDay: true }),
    });
  }
  return calendar.toString();
}
