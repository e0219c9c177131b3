const id = (value: string) => encodeURIComponent(value);

/**
 * What the project page's sections read when they open (checklist, co-funding, the person's
 * reminder preferences, the planned reminders, the activity), as the addresses their data clients
 * ask through ReadAhead. The page starts them with its own reads, so none waits for another; an
 * address that drifts from its client's costs only that head start (the section then asks itself).
 */
export function projectPageReads(projectId: string): Array<{ url: string; params?: Record<string, string> }> {
  return [
    { url: `/api/projects/${id(projectId)}/checklist` },
    { url: `/api/projects/${id(projectId)}/co-funding-requests` },
    { url: `/api/projects/${id(projectId)}/activity` },
    { url: '/api/reminders/preferences' },
    { url: '/api/reminders/planned', params: { projectId } },
  ];
}
