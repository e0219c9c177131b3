import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { DeferBlockState, TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import type { PersonSummary, PlannedReminder, Project, ProjectActivity, Role } from '@gp/domain';
import { ProjectPage } from './project.page';
import { provideDeskTesting, settleFixture } from '@gp/web/core/testing';
import { projectFixture } from '@gp/web/project-data/testing';
import { personFixture, signInForTest } from '@gp/web/session/testing';
import { SWEDISH_TEXTS } from '@gp/web/core';

const project: Project = projectFixture;

describe('ProjectPage', () => {
  // Whole-page harness tests: near jest's 5 s default on a shared 2-core machine.
  jest.setTimeout(20_000);
  let fixture: ComponentFixture<ProjectPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);

  async function open(
    inputs: { mayMoveAll: boolean; userId: string | null },
    activity: ProjectActivity[] = [],
    planned: PlannedReminder[] = [],
    shown: Project = project,
    people: PersonSummary[] = [],
  ) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideDeskTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    // A coordinator edits every project; a project lead the ones they lead; anyone else reads.
    const roles: Role[] = inputs.mayMoveAll ? ['coordinator'] : inputs.userId ? ['project_lead'] : ['viewer'];
    await signInForTest(personFixture(inputs.userId ?? 'u9', roles));
    fixture = TestBed.createComponent(ProjectPage);
    fixture.componentRef.setInput('id', 'p1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    // One wave: every read the page and its sections make is out before any answer comes.
    const reads = [
      '/api/departments',
      '/api/programmes',
      '/api/people',
      '/api/projects/p1',
      '/api/projects/p1/history',
      '/api/projects/p1/checklist',
      '/api/projects/p1/documents',
      '/api/projects/p1/co-funding-requests',
      '/api/projects/p1/activity',
      '/api/projects/p1/notes',
      '/api/reminders/planned?projectId=p1',
      '/api/reminders/preferences',
    ];
    const pending = Object.fromEntries(reads.map((url) => [url, backend.expectOne(url)]));
    pending['/api/departments'].flush([{ id: 'd1', name: 'Kommunledningsförvaltningen', version: 1 }]);
    pending['/api/programmes'].flush([]);
    pending['/api/people'].flush(people);
    pending['/api/projects/p1'].flush(shown);
    pending['/api/projects/p1/history'].flush([]);
    pending['/api/projects/p1/checklist'].flush([]);
    pending['/api/projects/p1/documents'].flush([]);
    pending['/api/projects/p1/co-funding-requests'].flush([]);
    pending['/api/projects/p1/activity'].flush(activity);
    pending['/api/projects/p1/notes'].flush({ notes: [], mayWrite: false, mentionable: [] });
    pending['/api/reminders/planned?projectId=p1'].flush(planned);
    pending['/api/reminders/preferences'].flush({
      delivery: 'immediate',
      isDefault: true,
      mutedProjectIds: [],
    });
    await settle();
    // The sections opened with what was read ahead: none asked the server again.
    backend.expectNone((request) => request.method === 'GET');
    // The details form is drawn when the browser is idle; here at once.
    for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
    await settle();
  }

  afterEach(() => backend.verify());

  const input = async (label: string, index = 0) => {
    const fields = await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await fields[index].getControl(MatInputHarness)) as MatInputHarness;
  };
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  async function addPartner(organisation: string, country: string) {
    await (await loader.getHarness(MatButtonHarness.with({ text: /Lägg till partner/ }))).click();
    await (await input('Organisation')).setValue(organisation);
    await (await input('Landskod')).setValue(country);
  }

  /** The page opened by a coordinator, its reads out and none answered. */
  async function openAsCoordinator() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideDeskTesting()] });
    backend = TestBed.inject(HttpTestingController);
    await signInForTest(personFixture('u1', ['coordinator']));
    fixture = TestBed.createComponent(ProjectPage);
    fixture.componentRef.setInput('id', 'p1');
    await settle();
  }

  it('shows the overview once the project, its history and the lists are in, and the sections below it together once all have answered', async () => {
    await openAsCoordinator();
    backend.expectOne('/api/departments').flush([{ id: project.departmentId, name: 'Kultur', version: 1 }]);
    backend.expectOne('/api/programmes').flush([]);
    backend.expectOne('/api/people').flush([]);
    backend.expectOne('/api/projects/p1').flush(project);
    backend.expectOne('/api/projects/p1/history').flush([]);
    await settle();

    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('[data-testid="project-stage"]')).not.toBeNull();
    expect(page.textContent).toContain('Kultur');
    expect(page.querySelector('gp-project-checklist')).toBeNull();
    const waiting = () => page.querySelector('[data-testid="project-sections-loading"]');
    expect(waiting()?.getAttribute('aria-label')).toBe('Laddar …');

    const sections = backend.match((request) => request.method === 'GET');
    expect(sections).toHaveLength(7);
    for (const read of sections.slice(0, -1))
      read.flush(read.request.url.endsWith('/notes') ? { notes: [], mayWrite: false, mentionable: [] } : []);
    await settle();
    // One still out (whichever came last): none is drawn yet.
    expect(page.querySelector('gp-project-checklist')).toBeNull();
    const last = sections[sections.length - 1];
    last.flush(
      last.request.url.endsWith('/notes')
        ? { notes: [], mayWrite: false, mentionable: [] }
        : last.request.url.endsWith('/preferences')
          ? { delivery: 'immediate', isDefault: true, mutedProjectIds: [] }
          : [],
    );
    await settle();
    for (const tag of [
      'gp-project-checklist',
      'gp-project-documents',
      'gp-project-co-funding',
      'gp-project-notes',
    ])
      expect(page.querySelector(tag)).not.toBeNull();
    expect(waiting()).toBeNull();
    backend.expectNone((request) => request.method === 'GET');
  });

  it('refuses Beslut in the move menu in advance while required checklist items are open, as the board does', async () => {
    await openAsCoordinator();
    const applying: Project = { ...project, stage: 'application' };
    const required = (id: string, doneAt: string | null) => ({
      id,
      projectId: 'p1',
      templateItemId: null,
      title: `Punkt ${id}`,
      guidance: '',
      required: true,
      due: null,
      dueOn: null,
      assigneeId: null,
      assigneeName: null,
      comment: '',
      doneAt,
      doneById: null,
      doneByName: null,
      ticksOnDocument: false,
      documents: [],
      position: 0,
      version: 1,
    });
    const answers: Record<string, object> = {
      '/api/departments': [],
      '/api/programmes': [],
      '/api/people': [],
      '/api/projects/p1': applying,
      '/api/projects/p1/history': [],
      '/api/projects/p1/checklist': [
        required('a', '2027-01-10T09:00:00Z'),
        { ...required('b', null), position: 1 },
      ],
      '/api/projects/p1/documents': [],
      '/api/projects/p1/co-funding-requests': [],
      '/api/projects/p1/activity': [],
      '/api/projects/p1/notes': { notes: [], mayWrite: true, mentionable: [] },
      '/api/reminders/planned?projectId=p1': [],
      '/api/reminders/preferences': { delivery: 'immediate', isDefault: true, mutedProjectIds: [] },
    };
    for (const [url, body] of Object.entries(answers)) backend.expectOne(url).flush(body);
    await settle();

    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="project-move"]')
      ?.click();
    await settle();
    const decision = document.querySelector('[data-testid="project-move-to-decision"]');
    expect(decision?.getAttribute('aria-disabled')).toBe('true');
    expect(decision?.textContent).toContain('1 av 2 obligatoriska punkter i checklistan är klara.');
  });

  it('warns, in a live region, when grant and own contribution come to more than the total budget', async () => {
    await open({ mayMoveAll: true, userId: 'u1' });
    const warning = () =>
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="project-split-over"]');
    await (await input('Sökt bidrag')).setValue('80000');
    await (await input('Egen insats, kontant')).setValue('30000');
    expect(warning()?.getAttribute('role')).toBe('status');
    expect(warning()?.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      /^Bidrag och egen insats är tillsammans 10\s%\smer än totalbudgeten/,
    );
    await (await input('Egen insats, kontant')).setValue('20000');
    expect(warning()?.textContent?.trim()).toBe('');
  });

  it('sends amounts in minor units and the partners, with the version', async () => {
    await open({ mayMoveAll: true, userId: 'u1' });
    await (await input('Sökt bidrag')).setValue('80000');
    await addPartner('Tallinna linn', 'ee');
    expect(text()).toContain('Bidragsandel 80');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara projektet' }))).click();
    const request = backend.expectOne('/api/projects/p1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({
      version: 5,
      budget: { currency: 'EUR', totalMinor: 10_000_000, requestedGrantMinor: 8_000_000 },
      partners: [{ organisation: 'Tallinna linn', country: 'EE', role: 'partner' }],
    });
    request.flush({ ...project, version: 6 });
    await settle();
    // The budget may have changed: the activity log is fetched again.
    backend.expectOne('/api/projects/p1/activity').flush([]);
  });

  describe('a refused save leads to the field to fix (libs/domain projectDateProblems, budgetProblems)', () => {
    // As a keyboard user does: the focus on the save button, at the bottom of the form, when it is pressed.
    const save = async () => {
      const saveButton = await button('Spara projektet');
      await (await saveButton.host()).focus();
      await saveButton.click();
    };
    const errorsOf = async (label: string) =>
      (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getTextErrors();
    /** The error texts the input's aria-describedby points at, as a screen reader reads them with it. */
    const describedErrors = async (label: string) => {
      const host = await (await input(label)).host();
      const ids = ((await host.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      const root = fixture.nativeElement as HTMLElement;
      return ids
        .map((id) => root.querySelector(`#${id}`))
        .filter((element) => element?.tagName.toLowerCase() === 'mat-error')
        .map((element) => element?.textContent?.trim());
    };

    it('says on the field, before sending, that the planned end is before the start, and focuses it', async () => {
      await open({ mayMoveAll: true, userId: 'u1' });
      await (await input('Planerad start')).setValue('2029-06-01');
      await (await input('Planerat slut')).setValue('2027-03-01');
      await (await input('Delrapport senast')).setValue('2031-01-01');
      await (await input('Slutrapport senast')).setValue('2020-01-01');
      await save();
      await settle();
      backend.expectNone('/api/projects/p1');
      expect(await errorsOf('Planerat slut')).toEqual(['Planerat slut ligger före planerad start.']);
      expect(await errorsOf('Slutrapport senast')).toEqual(['Slutrapporten ligger före delrapporten.']);
      expect(await errorsOf('Planerad start')).toEqual([]);
      expect(await (await input('Planerat slut')).isFocused()).toBe(true);
      expect(await describedErrors('Planerat slut')).toEqual(['Planerat slut ligger före planerad start.']);
      expect(text()).toContain('Några fält behöver rättas.');
      // A later end clears the error; so does moving the start, the other half of the pair.
      await (await input('Planerat slut')).setValue('2030-12-31');
      expect(await errorsOf('Planerat slut')).toEqual([]);
      await (await input('Delrapport senast')).setValue('2019-06-30');
      await (await input('Planerad start')).setValue('2019-01-01');
      expect(await errorsOf('Slutrapport senast')).toEqual([]);
      await save();
      const request = backend.expectOne('/api/projects/p1');
      expect(request.request.body).toMatchObject({
        plannedStart: '2019-01-01',
        plannedEnd: '2030-12-31',
        interimReportOn: '2019-06-30',
        finalReportOn: '2020-01-01',
      });
      request.flush({ ...project, version: 6 });
      await settle();
      backend.expectOne('/api/projects/p1/activity').flush([]);
    });

    it('refuses a grant above the total and öre in whole amounts, on their fields', async () => {
      await open({ mayMoveAll: true, userId: 'u1' });
      await (await input('Total budget')).setValue('1000');
      await (await input('Sökt bidrag')).setValue('5000');
      await (await input('Egen insats, kontant')).setValue('1.5');
      await save();
      await settle();
      backend.expectNone('/api/projects/p1');
      expect(await errorsOf('Sökt bidrag')).toEqual(['Sökt bidrag är större än den totala budgeten.']);
      expect(await errorsOf('Egen insats, kontant')).toEqual(['Skriv hela belopp, utan ören/cent.']);
      expect(await (await input('Sökt bidrag')).isFocused()).toBe(true);
      // A larger total is as good a fix as a smaller grant.
      await (await input('Total budget')).setValue('6000');
      expect(await errorsOf('Sökt bidrag')).toEqual([]);
    });

    it('moves the focus to an emptied title, not leaving it on the save button', async () => {
      await open({ mayMoveAll: true, userId: 'u1' });
      await (await input('Titel')).setValue('');
      await save();
      await settle();
      backend.expectNone('/api/projects/p1');
      expect(await (await (await button('Spara projektet')).host()).isFocused()).toBe(false);
      expect(await (await input('Titel')).isFocused()).toBe(true);
      expect(await describedErrors('Titel')).toHaveLength(1);
    });

    it('on a 422, shows each field its own reason and focuses the first', async () => {
      await open({ mayMoveAll: true, userId: 'u1' });
      await (await input('Planerad start')).setValue('2027-01-01');
      await save();
      const message = (field: string) => `${field} must not be before something saved meanwhile.`;
      backend.expectOne('/api/projects/p1').flush(
        {
          statusCode: 422,
          code: 'ends_before_start',
          message: 'bad',
          errors: { plannedEnd: [message('plannedEnd')], 'budget.requestedGrantMinor': [message('grant')] },
          reasons: [
            { code: 'ends_before_start', params: { field: 'plannedEnd' }, message: message('plannedEnd') },
            {
              code: 'grant_above_total',
              params: { field: 'budget.requestedGrantMinor' },
              message: message('grant'),
            },
          ],
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      await settle();
      expect(await errorsOf('Planerat slut')).toEqual(['Planerat slut ligger före planerad start.']);
      expect(await errorsOf('Sökt bidrag')).toEqual(['Sökt bidrag är större än den totala budgeten.']);
      expect(await (await input('Planerat slut')).isFocused()).toBe(true);
    });
  });

  describe('a lead naming someone else as lead (libs/domain handsProjectAway)', () => {
    const people: PersonSummary[] = [
      { id: 'u2', name: 'Jonas Ek', roles: ['project_lead'], departmentIds: ['d1'] },
      { id: 'u3', name: 'Ingrid Nilsen', roles: ['project_lead'], departmentIds: ['d1'] },
    ];
    const chooseLead = async (name: string) => {
      const fields = await loader.getAllHarnesses(
        MatFormFieldHarness.with({ floatingLabelText: 'Projektledare' }),
      );
      const select = (await fields[0].getControl(MatSelectHarness)) as MatSelectHarness;
      await select.open();
      await select.clickOptions({ text: name });
    };
    const save = async () =>
      (await loader.getHarness(MatButtonHarness.with({ text: 'Spara projektet' }))).click();
    const dialog = () => TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);

    it('asks first, saves nothing when cancelled, and hands it over when confirmed', async () => {
      await open({ mayMoveAll: false, userId: 'u2' }, [], [], project, people);
      await chooseLead('Ingrid Nilsen');
      await save();
      let asked = await dialog();
      expect(await asked.getTitleText()).toBe('Lämna över projektet?');
      expect(await asked.getContentText()).toContain(
        'Med Ingrid Nilsen som projektledare kan du inte längre ändra',
      );
      await (await asked.getHarness(MatButtonHarness.with({ text: 'Avbryt' }))).click();
      await settle();
      backend.expectNone({ method: 'PATCH' });

      await save();
      asked = await dialog();
      await (await asked.getHarness(MatButtonHarness.with({ text: 'Lämna över och spara' }))).click();
      await settle();
      const request = backend.expectOne({ method: 'PATCH', url: '/api/projects/p1' });
      expect(request.request.body).toMatchObject({ projectLeadId: 'u3' });
      request.flush({ ...project, projectLeadId: 'u3', version: 6 });
      await settle();
      backend.match('/api/projects/p1/activity').forEach((read) => read.flush([]));
    });

    it('does not ask a coordinator, who keeps editing it', async () => {
      await open({ mayMoveAll: true, userId: 'u1' }, [], [], project, people);
      await chooseLead('Ingrid Nilsen');
      await save();
      await settle();
      const request = backend.expectOne({ method: 'PATCH', url: '/api/projects/p1' });
      expect(request.request.body).toMatchObject({ projectLeadId: 'u3' });
      request.flush({ ...project, projectLeadId: 'u3', version: 6 });
      await settle();
      backend.match('/api/projects/p1/activity').forEach((read) => read.flush([]));
    });
  });

  it('puts nested field errors under the partner field', async () => {
    await open({ mayMoveAll: true, userId: 'u1' });
    await addPartner('Tallinna linn', 'EE');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara projektet' }))).click();
    backend.expectOne('/api/projects/p1').flush(
      {
        statusCode: 422,
        code: 'validation_failed',
        message: 'bad',
        errors: { 'partners.0.country': ['unknown country'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    const country = (
      await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Landskod' }))
    )[0];
    expect(await country.getTextErrors()).toEqual(['Värdet godtas inte.']);
  });

  const conflictAnswer = (current: Project) =>
    backend
      .expectOne('/api/projects/p1')
      .flush(
        { statusCode: 409, code: 'stale_version', message: 'stale', current },
        { status: 409, statusText: 'Conflict' },
      );
  const button = (text: string) => loader.getHarness(MatButtonHarness.with({ text }));
  const conflictList = () =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="conflict-field"]')].map(
      (item) =>
        [...item.querySelectorAll('strong, dt, dd, p')].map((part) => part.textContent?.trim()).join(' '),
    );

  it('keeps the typed work on 409, names what someone else changed, and saves it on top', async () => {
    await open({ mayMoveAll: true, userId: 'u1' });
    await (await input('Syfte')).setValue('Mitt nya syfte');
    await (await button('Spara projektet')).click();
    conflictAnswer({ ...project, title: 'Deras namn', version: 7 });
    await settle();

    // Their title, which this person did not touch; this person's purpose, which they typed.
    expect(await (await input('Titel')).getValue()).toBe('Deras namn');
    expect(await (await input('Syfte')).getValue()).toBe('Mitt nya syfte');
    expect(conflictList()).toEqual([`Titel Du hade ${project.title} Sparat nu Deras namn`]);
    expect(text()).toContain('Någon annan sparade projektet före dig');
    expect(document.activeElement?.id).toBe('conflict-heading');

    await (await button('Spara mina ändringar ovanpå')).click();
    const again = backend.expectOne('/api/projects/p1');
    expect(again.request.body).toMatchObject({ version: 7, title: 'Deras namn', purpose: 'Mitt nya syfte' });
    again.flush({ ...project, title: 'Deras namn', purpose: 'Mitt nya syfte', version: 8 });
    await settle();
    backend.expectOne('/api/projects/p1/activity').flush([]);
    expect(conflictList()).toEqual([]);
    expect(await (await input('Syfte')).getValue()).toBe('Mitt nya syfte');
  }, 20_000);

  it('keeps the person’s value of a field both changed, and lets them take the saved values', async () => {
    await open({ mayMoveAll: true, userId: 'u1' });
    await (await input('Titel')).setValue('Mitt namn');
    await (await button('Spara projektet')).click();
    conflictAnswer({ ...project, title: 'Deras namn', version: 7 });
    await settle();
    expect(await (await input('Titel')).getValue()).toBe('Mitt namn');
    expect(conflictList()[0]).toContain('Du ändrade också det här fältet');

    await (await button('Ta de sparade värdena')).click();
    await settle();
    expect(await (await input('Titel')).getValue()).toBe('Deras namn');
    expect(conflictList()).toEqual([]);
    expect(await (await button('Spara projektet')).isDisabled()).toBe(false);
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe('title');
  }, 20_000);

  it('tells what happened to the checklist and co-funding, in words, with the comment', async () => {
    const at = '2027-01-12T09:00:00Z';
    await open({ mayMoveAll: false, userId: null }, [
      {
        id: 'a2',
        projectId: 'p1',
        kind: 'co_funding_approved',
        subject: 'Utbildningsförvaltningen',
        comment: 'Ingår i förvaltningens plan.',
        actorId: 'u5',
        actorName: 'Karin Holm',
        at,
      },
      {
        id: 'a1',
        projectId: 'p1',
        kind: 'checklist_item_done',
        subject: 'Partnerbrev',
        comment: null,
        actorId: null,
        actorName: null,
        at,
      },
      {
        id: 'a0',
        projectId: 'p1',
        kind: 'budget_changed',
        subject: '',
        comment: JSON.stringify({
          currencyBefore: 'SEK',
          currency: 'SEK',
          amounts: [
            { field: 'totalMinor', before: 120_000_000, after: 150_000_000 },
            { field: 'ownCashMinor', before: null, after: 30_000_000 },
          ],
        }),
        actorId: 'u2',
        actorName: 'Maja Lindqvist',
        at,
      },
    ]);
    const entries = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="project-activity"] > li'),
    ].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(entries[0]).toContain('Karin Holm godkände medfinansieringen från Utbildningsförvaltningen');
    expect(entries[0]).toContain('Ingår i förvaltningens plan.');
    expect(entries[1]).toContain('Okänd person bockade av ”Partnerbrev”');
    // A budget change lists its amounts in money, not the stored change.
    expect(entries[2]).toContain('Maja Lindqvist ändrade budgeten');
    expect(entries[2]).toMatch(/Total budget: 1\s200\s000 kr → 1\s500\s000 kr/);
    expect(entries[2]).toMatch(/Egen insats, kontant: – → 300\s000 kr/);
    expect(entries[2]).not.toContain('currencyBefore');
  });

  describe('copy to the next call (libs/domain copyToNextCallBar, as the API rules)', () => {
    const copyButton = () => loader.getAllHarnesses(MatButtonHarness.with({ text: /nästa utlysning/i }));

    it('offers a closed project to its editor', async () => {
      await open({ mayMoveAll: true, userId: null }, [], [], {
        ...project,
        stage: 'closed',
        outcome: 'rejected',
      });
      expect(await copyButton()).toHaveLength(1);
    });

    it('offers no copy of a live project, and says why where the funder has said no', async () => {
      await open({ mayMoveAll: true, userId: null }, [], [], {
        ...project,
        stage: 'decision',
        outcome: 'rejected',
      });
      expect(await copyButton()).toEqual([]);
      expect(text()).toContain(SWEDISH_TEXTS.errors.copy_needs_closed);
    });

    it('says nothing of copying on a live application the funder has not answered', async () => {
      await open({ mayMoveAll: true, userId: null }, [], [], { ...project, stage: 'application' });
      expect(await copyButton()).toEqual([]);
      expect(text()).not.toContain(SWEDISH_TEXTS.errors.copy_needs_closed);
    });

    it('offers no second copy, and links to the attempt already made', async () => {
      await open({ mayMoveAll: true, userId: null }, [], [], {
        ...project,
        stage: 'closed',
        outcome: 'rejected',
        nextAttemptId: 'p-next',
      });
      expect(await copyButton()).toEqual([]);
      const link = fixture.nativeElement.querySelector(
        '[data-testid="project-next-attempt"]',
      ) as HTMLAnchorElement;
      expect(link.textContent?.trim()).toBe('Nästa försök');
      expect(link.getAttribute('href')).toBe('/projects/p-next');
    });

    it('offers no copy to someone who may not edit the project', async () => {
      await open({ mayMoveAll: false, userId: 'u9' }, [], [], {
        ...project,
        stage: 'closed',
        outcome: 'rejected',
      });
      expect(await copyButton()).toEqual([]);
    });
  });

  describe('fields not everyone sets (libs/domain projectFieldRules, as the API rules)', () => {
    const field = (label: string) =>
      loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const publicFlag = () => loader.getHarness(MatCheckboxHarness.with({ label: /Visa projektet/ }));
    /** The texts an element's aria-describedby points at. */
    const description = (element: Element | null) => describedBy(element?.getAttribute('aria-describedby'));
    const describedBy = (ids: string | null | undefined) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim())
        .filter(Boolean);
    const page = () => fixture.nativeElement as HTMLElement;

    it('shows a project lead the department, the public flag and the granted amount read-only, each with its reason', async () => {
      await open({ mayMoveAll: false, userId: 'u2' });
      const { fieldLocks } = SWEDISH_TEXTS.project;

      const department = await field('Förvaltning');
      expect(await (await department.getControl(MatSelectHarness))?.isDisabled()).toBe(true);
      expect(await department.getTextHints()).toEqual([fieldLocks.coordinators_only]);
      expect(description(page().querySelector('mat-select[formcontrolname="departmentId"]'))).toContain(
        fieldLocks.coordinators_only,
      );

      expect(await (await publicFlag()).isDisabled()).toBe(true);
      expect(description(page().querySelector('mat-checkbox[formcontrolname="isPublic"] input'))).toEqual([
        fieldLocks.coordinators_only,
      ]);

      const granted = await field('Beviljat bidrag');
      expect(await (await input('Beviljat bidrag')).isDisabled()).toBe(true);
      expect(await granted.getTextHints()).toEqual([fieldLocks.no_grant_decided]);
      const grantedInput = await (await input('Beviljat bidrag')).host();
      expect(describedBy(await grantedInput.getAttribute('aria-describedby'))).toContain(
        fieldLocks.no_grant_decided,
      );
      // The rest of the form is the lead's.
      expect(await (await input('Titel')).isDisabled()).toBe(false);
      expect(await (await input('Total budget')).isDisabled()).toBe(false);
    });

    it('sends the read-only fields as they are, so the API takes the lead’s save', async () => {
      await open({ mayMoveAll: false, userId: 'u2' });
      await (await input('Titel')).setValue('Ny titel');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara projektet' }))).click();
      const request = backend.expectOne('/api/projects/p1');
      expect(request.request.body).toMatchObject({
        title: 'Ny titel',
        departmentId: 'd1',
        isPublic: false,
        budget: { grantedMinor: null },
      });
      request.flush({ ...project, title: 'Ny titel', version: 6 });
      await settle();
      backend.expectOne('/api/projects/p1/activity').flush([]);
    });

    it('lets a coordinator set the department and the public flag; the granted amount waits for the yes', async () => {
      await open({ mayMoveAll: true, userId: 'u1' });
      expect(await (await (await field('Förvaltning')).getControl(MatSelectHarness))?.isDisabled()).toBe(
        false,
      );
      expect(await (await publicFlag()).isDisabled()).toBe(false);
      expect(page().querySelector('[data-testid="lock-isPublic"]')).toBeNull();
      expect(await (await input('Beviljat bidrag')).isDisabled()).toBe(true);
    });

    it('opens the granted amount once the funder has granted the project', async () => {
      await open({ mayMoveAll: false, userId: 'u2' }, [], [], {
        ...project,
        stage: 'running',
        outcome: 'granted',
        decisionDate: '2027-06-01',
      });
      expect(await (await input('Beviljat bidrag')).isDisabled()).toBe(false);
      expect(await (await field('Beviljat bidrag')).getTextHints()).toEqual([
        SWEDISH_TEXTS.project.amountHint,
      ]);
    });
  });

  it('is read-only for someone who neither coordinates nor leads it', async () => {
    await open({ mayMoveAll: false, userId: 'u9' });
    expect(await (await input('Titel')).isDisabled()).toBe(true);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Spara projektet' }))).toEqual([]);
    expect(text()).toContain('Du kan se projektet men inte ändra det.');
  });

  it('turns read-only when the API refuses the edit', async () => {
    await open({ mayMoveAll: false, userId: 'u2' });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara projektet' }))).click();
    backend
      .expectOne('/api/projects/p1')
      .flush({ statusCode: 403, code: 'forbidden', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(await (await input('Titel')).isDisabled()).toBe(true);
    expect(text()).toContain('Du har inte behörighet att ändra projektet.');
  });
  it('offers the deadlines as a calendar file and lists the next reminders, near the history', async () => {
    const soon: PlannedReminder = {
      deadlineId: 'd1',
      projectId: 'p1',
      projectTitle: 'Grön omställning',
      kind: 'interim_report',
      title: 'Grön omställning',
      dueOn: '2026-09-30',
      offsetDays: 30,
      at: '2026-08-31T06:00:00Z',
    };
    await open({ mayMoveAll: false, userId: null }, [], [soon]);
    const page = fixture.nativeElement as HTMLElement;
    const ics = page.querySelector<HTMLAnchorElement>('[data-testid="project-ics"]');
    expect(ics?.getAttribute('href')).toBe('/api/projects/p1/calendar.ics');
    expect(ics?.hasAttribute('download')).toBe(true);
    expect(ics?.textContent?.trim()).toBe('Ladda ned kalenderfil (.ics)');
    const reminders = page.querySelector('[data-testid="planned-reminders"]');
    expect(reminders?.textContent).toContain('Delrapport');
    expect(reminders?.textContent).toContain('30 dagar före');
    const headings = [...page.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings.indexOf('Deadlines och påminnelser')).toBe(headings.indexOf('Historik') - 1);
    // The report dates that make deadlines are labelled in words, not translation keys.
    expect(page.textContent).toContain('Delrapport senast');
    expect(page.textContent).not.toMatch(/project\.\w+/);
  });
});
