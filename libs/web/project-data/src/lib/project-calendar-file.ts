/** A project's deadlines as an iCalendar file, for a plain download link. */
export function projectCalendarFileUrl(projectId: string): string {
  return `/api/projects/${encodeURIComponent(projectId)}/calendar.ics`;
}
