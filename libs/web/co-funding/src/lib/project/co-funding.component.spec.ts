import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import type { CoFundingRequest, CoFundingStatus, CurrentUser, Role } from '@gp/domain';
import { personFixture, signInForTest } from '@gp/web/session/testing';
import { provideDeskTesting, settleFixture } from '@gp/web/core/testing';
import { projectFixture } from '@gp/web/project-data/testing';
import { CoFundingComponent } from './co-funding.component';
import { PLANNED_FOR_THE_BOARD, PLANNED_WITHIN_DELEGATION } from '../co-funding.fixture';

const request = (id: string, status: CoFundingStatus, departmentName: string): CoFundingRequest => ({
  id,
  projectId: 'p1',
  projectTitle: 'Grön omställning',
  departmentId: `d-${id}`,
  departmentName,
  currency: 'SEK',
  years: [{ year: 2027, cashMinor: 10_000_000, inKindMinor: 0 }],
  justification: 'Lärare i projektet.',
  status,
  requestedById: 'u2',
  requestedByName: 'Lena Lind',
  requestedAt: '2027-01-10T09:00:00Z',
  decidedById: status === 'pending' ? null : 'u5',
  decidedByName: status === 'pending' ? null : 'Karin Holm',
  decidedAt: status === 'pending' ? null : '2027-01-12T09:00:00Z',
  decisionComment: status === 'rejected' ? 'Ingen budget i år.' : null,
  ...PLANNED_WITHIN_DELEGATION,
  version: 2,
});

describe('CoFundingComponent', () => {
  async function render(requests: CoFundingRequest[]) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideDeskTesting() });
    const fixture = TestBed.createComponent(CoFundingComponent);
    fixture.componentRef.setInput('project', projectFixture);
    fixture.componentRef.setInput('mayEdit', true);
    await settleFixture(fixture);
    TestBed.inject(HttpTestingController).expectOne('/api/projects/p1/co-funding-requests').flush(requests);
    await settleFixture(fixture);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const labels = async (text: RegExp) =>
      Promise.all((await loader.getAllHarnesses(MatButtonHarness.with({ text }))).map((b) => b.getText()));
    return { labels };
  }

  it('offers no withdrawal of a rejected request: the rejection stays on record (as the API rules)', async () => {
    const { labels } = await render([
      request('r1', 'rejected', 'Kultur'),
      request('r2', 'pending', 'Skola'),
      request('r3', 'approved', 'Miljö'),
      request('r4', 'withdrawn', 'Teknik'),
    ]);
    // Pending and approved may be withdrawn; the rejected one may only get new amounts.
    expect(await labels(/Dra tillbaka/)).toHaveLength(2);
    // Every request but the withdrawn one may be changed.
    expect(await labels(/Ändra/)).toHaveLength(3);
  });
});

describe('CoFundingComponent, asking', () => {
  async function newRequestOffered(requests: CoFundingRequest[], stage: 'application' | 'closed') {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideDeskTesting() });
    const fixture = TestBed.createComponent(CoFundingComponent);
    fixture.componentRef.setInput('project', { ...projectFixture, stage });
    fixture.componentRef.setInput('mayEdit', true);
    fixture.componentRef.setInput('departments', [
      { id: 'd-r1', name: 'Kultur' },
      { id: 'd-r2', name: 'Skola' },
    ]);
    await settleFixture(fixture);
    TestBed.inject(HttpTestingController).expectOne('/api/projects/p1/co-funding-requests').flush(requests);
    await settleFixture(fixture);
    return (fixture.nativeElement as HTMLElement).querySelector('[data-testid="co-funding-new"]') !== null;
  }

  it('offers a new request while a department is left to ask', async () => {
    expect(await newRequestOffered([request('r1', 'pending', 'Kultur')], 'application')).toBe(true);
  });

  it('offers none once every department was asked (withdrawn ones aside)', async () => {
    const asked = [request('r1', 'pending', 'Kultur'), request('r2', 'rejected', 'Skola')];
    expect(await newRequestOffered(asked, 'application')).toBe(false);
  });

  it('offers none on a closed project', async () => {
    expect(await newRequestOffered([], 'closed')).toBe(false);
  });
});

describe('CoFundingComponent, decided by the bodies', () => {
  const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  async function render(requests: CoFundingRequest[], roles: Role[]) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideDeskTesting() });
    await signInForTest(personFixture('u9', roles));
    const fixture = TestBed.createComponent(CoFundingComponent);
    fixture.componentRef.setInput('project', {
      ...projectFixture,
      budget: { ...projectFixture.budget, currency: 'SEK', ownCashMinor: 30_000_000, ownInKindMinor: 0 },
    });
    await settleFixture(fixture);
    TestBed.inject(HttpTestingController).expectOne('/api/projects/p1/co-funding-requests').flush(requests);
    await settleFixture(fixture);
    return TestbedHarnessEnvironment.loader(fixture);
  }

  const board = (id: string, status: CoFundingStatus): CoFundingRequest => ({
    ...request(id, status, 'Utbildningsförvaltningen'),
    ...PLANNED_FOR_THE_BOARD,
    years: [2027, 2028, 2029, 2030].map((year) => ({ year, cashMinor: 10_000_000, inKindMinor: 0 })),
  });

  it('shows who decides and by when, and offers a coordinator to record the decision', async () => {
    const loader = await render([board('r1', 'pending')], ['coordinator']);
    expect(plain(document.querySelector('[data-testid="route-r1"]')?.textContent)).toContain(
      'Kommunstyrelsen beslutar.',
    );
    expect(document.querySelector('[data-testid="dates-r1"]')).not.toBeNull();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Registrera beslut' }))).toHaveLength(
      1,
    );
  });

  it('offers no recording to a project lead', async () => {
    const loader = await render([board('r1', 'pending')], ['project_lead']);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Registrera beslut' }))).toHaveLength(
      0,
    );
  });

  it('sets the approved co-funding beside the budget’s own contribution and says how they differ', async () => {
    await render(
      [
        {
          ...board('r1', 'approved'),
          decidedAs: 'body',
          minutes: {
            bodyName: 'Kommunstyrelsen',
            meetsOn: '2026-12-09',
            paragraph: '§ 45',
            caseNumber: 'KS 2026/123',
          },
        },
      ],
      ['project_lead'],
    );
    const rows = [...document.querySelectorAll('[data-testid="own-contribution"] tr')].map((tr) =>
      [...tr.children].map((cell) => plain(cell.textContent)),
    );
    expect(rows).toEqual([
      ['', 'Godkänt', 'Egen insats i budgeten'],
      ['Kontant (SEK)', '400 000 kr', '300 000 kr'],
      ['I tid och resurser (SEK)', '0 kr', '0 kr'],
    ]);
    expect(plain(document.querySelector('[data-testid="own-difference-cash"]')?.textContent)).toBe(
      'Den godkända medfinansieringen kontant är 100 000 kr mer än budgetens egen insats kontant.',
    );
    expect(document.querySelector('[data-testid="own-difference-inKind"]')).toBeNull();
    expect(plain(document.querySelector('[data-testid="minutes-r1"]')?.textContent)).toBe(
      'Beslutat av Kommunstyrelsen 9 dec. 2026, § 45, diarienummer KS 2026/123.',
    );
    // Decided: the dates to aim for are history.
    expect(document.querySelector('[data-testid="dates-r1"]')).toBeNull();
  });
});

describe('CoFundingComponent, waiting for the head', () => {
  const karin = { ...personFixture('u5', ['department_head']), departmentIds: ['d-r1'] };

  async function render(requests: CoFundingRequest[], person: CurrentUser) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideDeskTesting()] });
    await signInForTest(person);
    const fixture = TestBed.createComponent(CoFundingComponent);
    fixture.componentRef.setInput('project', projectFixture);
    await settleFixture(fixture);
    TestBed.inject(HttpTestingController).expectOne('/api/projects/p1/co-funding-requests').flush(requests);
    await settleFixture(fixture);
    return (id: string) =>
      (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
        `[data-testid="co-funding-to-approvals-${id}"]`,
      );
  }

  const aboveDelegation = (): CoFundingRequest => ({
    ...request('r1', 'pending', 'Utbildningsförvaltningen'),
    ...PLANNED_FOR_THE_BOARD,
  });

  it('sends the head to decide a request within her delegation on the approvals page, at that request', async () => {
    const link = await render([request('r1', 'pending', 'Utbildningsförvaltningen')], karin);
    expect(link('r1')?.textContent?.trim()).toBe('Besluta i godkännanden');
    expect(link('r1')?.getAttribute('href')).toBe('/approvals?request=r1');
    expect(link('r1')?.getAttribute('aria-label')).toBe(
      'Besluta i godkännanden: förfrågan till Utbildningsförvaltningen',
    );
  });

  it('sends her to recommend one above her delegation', async () => {
    const link = await render([aboveDelegation()], karin);
    expect(link('r1')?.textContent?.trim()).toBe('Tillstyrk eller avstyrk i godkännanden');
    expect(link('r1')?.getAttribute('href')).toBe('/approvals?request=r1');
  });

  const pending = request('r1', 'pending', 'Utbildningsförvaltningen');
  it.each<[string, CoFundingRequest, CurrentUser]>([
    ['the head, once she has recommended', { ...aboveDelegation(), recommendation: 'for' }, karin],
    ['the head, once decided', request('r1', 'approved', 'Utbildningsförvaltningen'), karin],
    ['the head of another department', pending, { ...karin, departmentIds: ['d-other'] }],
    ['the head who asked herself', { ...pending, requestedById: 'u5' }, karin],
    ['a coordinator', pending, { ...personFixture('u2', ['coordinator']), departmentIds: ['d-r1'] }],
  ])('shows no link to %s', async (_who, shown, person) => {
    const link = await render([shown], person);
    expect(link('r1')).toBeNull();
  });
});
