import type { Call, ChecklistTemplateItem, Department, Programme, Project } from '@gp/domain';
import type { ApiClient } from './api-client';

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A programme of its own with a call closing 12:00 Brussels time and the template lines given. */
export async function programmeWithTemplate(
  coordinator: ApiClient,
  lines: Array<{ title: string; required?: boolean; due?: unknown; isMinutesExtract?: boolean; ticksOnDocument?: boolean }>,
  deadlineLocal = '2027-03-05T12:00',
): Promise<{ programme: Programme; call: Call; template: ChecklistTemplateItem[] }> {
  const programme: Programme = (
    await coordinator
      .post('/api/programmes', {
        name: `Testprogram ${unique()}`,
        funder: 'Europeiska kommissionen',
        kind: 'eu_direct',
        coFinancingRatePercent: 80,
        link: null,
        descriptionSv: 'Ett program för testerna.',
        descriptionEn: 'A programme for the tests.',
      })
      .expect(201)
  ).body;
  const call: Call = (
    await coordinator
      .post(`/api/programmes/${programme.id}/calls`, {
        title: 'Utlysning 2027',
        opensOn: null,
        deadlineLocal,
        deadlineTimeZone: 'Europe/Brussels',
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: null,
        link: null,
      })
      .expect(201)
  ).body;
  const template: ChecklistTemplateItem[] = [];
  for (const line of lines)
    template.push(
      (await coordinator.post(`/api/programmes/${programme.id}/checklist-template`, line).expect(201)).body,
    );
  return { programme, call, template };
}

/** An idea of the department, given the programme and call, moved into Ansökan. */
export async function applicationTo(
  coordinator: ApiClient,
  department: Department,
  programme: Programme,
  call: Call,
  extra: Record<string, unknown> = {},
): Promise<Project> {
  const idea: Project = (
    await coordinator
      .post('/api/projects', { title: `Ansökan ${unique()}`, departmentId: department.id })
      .expect(201)
  ).body;
  const planned: Project = (
    await coordinator
      .patch(`/api/projects/${idea.id}`, {
        version: idea.version,
        programmeId: programme.id,
        callId: call.id,
        ...extra,
      })
      .expect(200)
  ).body;
  return (
    await coordinator
      .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: planned.version })
      .expect(201)
  ).body;
}

/** Ticks every open item of a project's checklist, as a coordinator finishing an application. */
export async function completeChecklist(client: ApiClient, projectId: string): Promise<void> {
  const items: Array<{ id: string; version: number; doneAt: string | null }> = (
    await client.get(`/api/projects/${projectId}/checklist`).expect(200)
  ).body;
  for (const item of items.filter((i) => i.doneAt === null))
    await client.patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version }).expect(200);
}

/**
 * An idea of the first department, led by Jonas Ek and coordinated by the one who made it: the
 * two people every reminder of its own deadlines goes to.
 */
export async function ideaLedByJonasEk(coordinator: ApiClient, title: string): Promise<Project> {
  const departments: Department[] = (await coordinator.get('/api/departments')).body;
  const idea: Project = (
    await coordinator.post('/api/projects', { title, departmentId: departments[0].id }).expect(201)
  ).body;
  const people: Array<{ id: string; name: string }> = (await coordinator.get('/api/people')).body;
  return (
    await coordinator
      .patch(`/api/projects/${idea.id}`, {
        version: idea.version,
        projectLeadId: people.find((p) => p.name === 'Jonas Ek')?.id,
      })
      .expect(200)
  ).body;
}
