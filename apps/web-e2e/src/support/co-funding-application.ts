import type { APIRequestContext } from '@playwright/test';
import { demo } from './desk';
import { DeskApi } from './people';

/** A calendar day in Stockholm, `days` from today, as YYYY-MM-DD. */
export function stockholmDay(days = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() + days * 24 * 3_600_000),
  );
}

/** A calendar day as the app shows it in Swedish: "13 jan. 2027". */
export function swedishDay(day: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/**
 * An application of Utbildningsförvaltningen to a programme and call of its own whose deadline is
 * `daysAhead` days away, with the extract of the minutes on its checklist, made by the demo
 * coordinator over the API: the test is about the co-funding decision, not about setting up.
 */
export async function applicationClosingIn(
  request: APIRequestContext,
  daysAhead: number,
  title: string,
): Promise<{ projectId: string }> {
  const coordinator = await DeskApi.signedIn(request, demo.coordinator.email);
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const programme = await coordinator.write<{ id: string }>('post', '/api/programmes', {
    name: `ESF+ test ${unique}`,
    funder: 'Svenska ESF-rådet',
    kind: 'eu_shared',
    coFinancingRatePercent: 60,
    link: null,
    descriptionSv: 'Ett program för webbläsartestet.',
    descriptionEn: 'A programme for the browser test.',
  });
  const call = await coordinator.write<{ id: string }>('post', `/api/programmes/${programme.id}/calls`, {
    title: 'Utlysning om kompetensförsörjning',
    opensOn: null,
    deadlineLocal: `${stockholmDay(daysAhead)}T12:00`,
    deadlineTimeZone: 'Europe/Stockholm',
    maxGrantMinor: null,
    maxGrantCurrency: null,
    coFinancingRatePercent: null,
    link: null,
  });
  await coordinator.write('post', `/api/programmes/${programme.id}/checklist-template`, {
    title: 'Utdrag ur protokoll om medfinansiering',
    isMinutesExtract: true,
  });
  const departments = await coordinator.get<Array<{ id: string; name: string }>>('/api/departments');
  const department = departments.find((d) => d.name === 'Utbildningsförvaltningen');
  const idea = await coordinator.write<{ id: string; version: number }>('post', '/api/projects', {
    title,
    departmentId: department?.id,
  });
  const planned = await coordinator.write<{ version: number }>('patch', `/api/projects/${idea.id}`, {
    version: idea.version,
    programmeId: programme.id,
    callId: call.id,
  });
  await coordinator.write('post', `/api/projects/${idea.id}/moves`, { to: 'application', version: planned.version });
  return { projectId: idea.id };
}
