import type { ApiClient } from '../api-client';
import type { Schema } from './openapi-operations';

interface Identified {
  id: string;
  version?: number;
}

/**
 * Real records of the demo municipality for the fuzzer to aim at, so a payload reaches the
 * validation and the service of a route instead of stopping at "no such record"; and for each
 * record, how to read it as it is now (for its version and its other fields).
 */
export class FuzzTargets {
  private counter = 0;

  private constructor(
    private readonly client: ApiClient,
    readonly ids: Record<string, string>,
  ) {}

  static async gather(client: ApiClient, viewerEmail: string): Promise<FuzzTargets> {
    const get = async <T>(path: string): Promise<T> => {
      const response = await client.get(path);
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
      return response.body as T;
    };
    const programmes = await get<Array<Identified & { calls: Identified[] }>>('/api/programmes');
    const programme = programmes.find((p) => p.calls.length > 0) ?? programmes[0];
    const templates = await Promise.all(
      programmes.map(async (p) => ({
        p,
        items: await get<Identified[]>(`/api/programmes/${p.id}/checklist-template`),
      })),
    );
    const template = templates.find((t) => t.items.length > 0);
    const board = await get<{ columns: Array<{ cards: Identified[] }> }>('/api/board?limit=100');
    const projects = board.columns.flatMap((c) => c.cards);
    let checklist: { project: string; item: string } | undefined;
    for (const project of projects) {
      const items = await get<Identified[]>(`/api/projects/${project.id}/checklist`);
      if (items.length > 0) {
        checklist = { project: project.id, item: items[0].id };
        break;
      }
    }
    const requests = await get<Array<Identified & { projectId: string }>>('/api/co-funding-requests');
    const users = await get<Array<Identified & { email: string }>>('/api/users');
    const departments = await get<Identified[]>('/api/departments');
    const mail = await get<{ items: Identified[] }>('/api/mail-log?limit=1');
    const bodies = await get<Identified[]>('/api/decision-bodies');
    if (!checklist || !template || requests.length === 0 || bodies.length === 0)
      throw new Error(
        'The demo data has no checklist item, template item, co-funding request or decision body to aim at.',
      );
    // The demo municipality has no notes: one to edit and delete, on the project the others aim at.
    const note = await client.post(`/api/projects/${requests[0].projectId}/notes`, { text: 'Fuzz target note' });
    if (note.status !== 201) throw new Error(`POST a note answered ${note.status}`);
    return new FuzzTargets(client, {
      project: requests[0].projectId,
      note: (note.body as Identified).id,
      programme: programme.id,
      call: programme.calls[0].id,
      templateProgramme: template.p.id,
      templateItem: template.items[0].id,
      checklistProject: checklist.project,
      checklistItem: checklist.item,
      coFundingRequest: requests[0].id,
      user: (users.find((u) => u.email === viewerEmail) ?? users[0]).id,
      department: departments[0].id,
      mail: mail.items[0]?.id ?? '0b9f2f3c-5a36-4c1e-9d7e-000000000000',
      kind: 'call',
      decisionBody: bodies[0].id,
      budgetYear: '2027',
      // The demo has no documents: routes of one answer 404 after their checks, which is what is fuzzed.
      document: '0b9f2f3c-5a36-4c1e-9d7e-00000000d0c5',
    });
  }

  /** The real value of a path parameter: the resource is the segment before it. */
  segmentFor(path: string, param: string): string {
    const segments = path.split('/');
    const resource = segments[segments.indexOf(`{${param}}`) - 1];
    const id = {
      projects: this.ids['project'],
      // Restoring a project that is not deleted: 404 after validation, nothing changes.
      'deleted-ideas': this.ids['project'],
      programmes: this.ids['programme'],
      calls: this.ids['call'],
      'checklist-items': this.ids['checklistItem'],
      notes: this.ids['note'],
      'checklist-template-items': this.ids['templateItem'],
      documents: this.ids['document'],
      'co-funding-requests': this.ids['coFundingRequest'],
      users: this.ids['user'],
      departments: this.ids['department'],
      'mail-log': this.ids['mail'],
      rules: this.ids['kind'],
      'decision-bodies': this.ids['decisionBody'],
      'co-funding-frames': this.ids['budgetYear'],
      feed: 'no-such-feed.ics',
      // A demo rate: /api/exchange-rates/{currency}/{month}, whose month follows the currency.
      'exchange-rates': 'EUR',
      '{currency}': '2024-01',
      tables: 'applications',
    }[resource];
    if (!id) throw new Error(`No real value for {${param}} of ${path}: add its resource to FuzzTargets.`);
    return id;
  }

  /** The record a write to this path changes, as it is now; undefined for a create. */
  async current(path: string): Promise<Record<string, unknown> | undefined> {
    const ids = this.ids;
    const find = async (list: string, id: string) =>
      ((await this.client.get(list)).body as Identified[]).find((record) => record.id === id);
    if (/^\/api\/projects\/\{id\}(\/moves|\/reopen)?$/.test(path))
      return (await this.client.get(`/api/projects/${ids['project']}`)).body;
    if (path === '/api/programmes/{id}')
      return (await this.client.get(`/api/programmes/${ids['programme']}`)).body;
    if (path === '/api/calls/{id}') {
      const programme = (await this.client.get(`/api/programmes/${ids['programme']}`)).body as {
        calls: Identified[];
      };
      return programme.calls.find((call) => call.id === ids['call']) as Record<string, unknown> | undefined;
    }
    if (path.startsWith('/api/checklist-items/'))
      return find(`/api/projects/${ids['checklistProject']}/checklist`, ids['checklistItem']) as never;
    if (path.startsWith('/api/checklist-template-items/'))
      return find(
        `/api/programmes/${ids['templateProgramme']}/checklist-template`,
        ids['templateItem'],
      ) as never;
    if (path === '/api/departments/{id}') return find('/api/departments', ids['department']) as never;
    if (path === '/api/departments/{id}/delegation')
      return ((await this.client.get('/api/delegation-limits')).body as Array<{ departmentId: string }>).find(
        (limit) => limit.departmentId === ids['department'],
      );
    if (path === '/api/decision-bodies/{id}')
      return find('/api/decision-bodies', ids['decisionBody']) as never;
    if (path === '/api/users/{id}') return find('/api/users', ids['user']) as never;
    if (path.startsWith('/api/co-funding-requests/{id}'))
      return (await this.client.get(`/api/co-funding-requests/${ids['coFundingRequest']}`)).body;
    if (path === '/api/reminders/rules/{kind}')
      return ((await this.client.get('/api/reminders/rules')).body as Array<{ kind: string }>).find(
        (rule) => rule.kind === ids['kind'],
      );
    return undefined;
  }

  /** A value the field accepts, so that only the hostile one is wrong. */
  exampleFor(name: string, schema: Schema): unknown {
    const n = ++this.counter;
    const byName: Record<string, unknown> = {
      departmentId: this.ids['department'],
      projectLeadId: this.ids['user'],
      coordinatorId: this.ids['user'],
      assigneeId: this.ids['user'],
      programmeId: this.ids['programme'],
      callId: this.ids['call'],
      departmentIds: [this.ids['department']],
      roles: ['viewer'],
      ids: [],
      email: `fuzz.${n}.${Date.now()}@kommun.se`,
      contactEmail: 'kontakt@kommun.se',
      password: 'ett-langt-losenord-2027',
      newPassword: 'ett-nytt-langt-losenord-2027',
      currentPassword: 'not-the-current-password',
      name: `Fuzz ${n} ${Date.now()}`,
      title: `Fuzz ${n} ${Date.now()}`,
      funder: 'Europeiska kommissionen',
      year: 2027,
      country: 'DK',
      url: 'https://example.org/',
      link: null,
      version: 1,
    };
    if (name in byName) return byName[name];
    if (schema.example !== undefined) return schema.example;
    if (schema.enum) return schema.enum[0];
    if (schema.format === 'date') return '2027-03-01';
    if (schema.format === 'uuid') return this.ids['project'];
    switch (schema.type) {
      case 'string':
        return `Fuzz text ${n}`;
      case 'number':
      case 'integer':
        return schema.minimum ?? 1;
      case 'boolean':
        return schema.default ?? false;
      case 'array':
        return schema.items?.type === 'object' ? [this.objectExample(schema.items)] : [];
      case 'object':
        return schema.nullable ? null : this.objectExample(schema);
      default:
        return null;
    }
  }

  /** An object with every required field given an accepted value. */
  objectExample(schema: Schema): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(schema.properties ?? {})
        .filter(([name]) => (schema.required ?? []).includes(name))
        .map(([name, property]) => [name, this.exampleFor(name, property)]),
    );
  }
}
