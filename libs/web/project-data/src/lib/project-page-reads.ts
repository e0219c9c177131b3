import { inject } from '@angular/core';
import type { CanMatchFn } from '@angular/router';
import { ReadAhead } from './read-ahead';

const id = (value: string) => encodeURIComponent(value);

type Read = { url: string; params?: Record<string, string> };

/**
 * What the project page's sections read when they open (checklist, documents, co-funding, the person's
 * reminder preferences, the planned reminders, the activity), as the addresses their data clients
 * ask through ReadAhead. The page starts them with its own reads, so none waits for another; an
 * address that drifts from its client's costs only that head start (the section then asks itself).
 */
export function projectPageReads(projectId: string): Read[] {
  return [
    { url: `/api/projects/${id(projectId)}/checklist` },
    { url: `/api/projects/${id(projectId)}/documents` },
    { url: `/api/projects/${id(projectId)}/co-funding-requests` },
    { url: `/api/projects/${id(projectId)}/activity` },
    { url: `/api/projects/${id(projectId)}/notes` },
    { url: '/api/reminders/preferences' },
    { url: '/api/reminders/planned', params: { projectId } },
  ];
}

/** The page's own reads, as ProjectsApi asks them: the project and its stage history. */
export function projectOwnReads(projectId: string): Read[] {
  return [{ url: `/api/projects/${id(projectId)}` }, { url: `/api/projects/${id(projectId)}/history` }];
}

/** The lists the page's pickers choose from, as ProjectsApi asks them. */
const PICKER_LISTS: Read[] = [
  { url: '/api/departments' },
  { url: '/api/programmes' },
  { url: '/api/people' },
];

const PROJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * On the way to /projects/:id, starts every read of the project page before the page's code is
 * downloaded: on a first visit that code arrives in several chunks one after another, and the
 * reads would otherwise wait for the last (tools/bench/project-page.bench.mjs). Always matches.
 */
export const readProjectPageAhead: CanMatchFn = (_route, segments) => {
  const [, projectId, ...rest] = segments.map((segment) => segment.path);
  if (projectId && rest.length === 0 && PROJECT_ID.test(projectId)) {
    const reads = inject(ReadAhead);
    for (const { url, params } of [
      ...projectOwnReads(projectId),
      ...PICKER_LISTS,
      ...projectPageReads(projectId),
    ])
      void reads.start(url, params);
  }
  return true;
};
