import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import type { CoFundingRequest, CurrentUser, Department } from '@gp/domain';
import type { DelegatedDecisions } from '@gp/web/co-funding-data';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { personFixture, signInForTest } from '@gp/web/session/testing';
import { PLANNED_WITHIN_DELEGATION } from '../co-funding.fixture';
import { DelegatedDecisionsPage } from './delegated-decisions.page';

const departments = [
  { id: 'd1', name: 'Socialförvaltningen' },
  { id: 'd2', name: 'Utbildningsförvaltningen' },
] as Department[];

const decided: CoFundingRequest = {
  id: 'r1',
  projectId: 'p1',
  projectTitle: 'Läsfrämjande i förskolan',
  departmentId: 'd2',
  departmentName: 'Utbildningsförvaltningen',
  currency: 'SEK',
  years: [{ year: 2027, cashMinor: 4_000_000, inKindMinor: 0 }],
  justification: '',
  status: 'approved',
  requestedById: 'u2',
  requestedByName: 'Maja Lindqvist',
  requestedAt: '2026-11-20T09:00:00Z',
  decidedById: 'u5',
  decidedByName: 'Karin Holm',
  decidedAt: '2026-11-25T09:00:00Z',
  decisionComment: 'Ryms i verksamhetsplanen.',
  ...PLANNED_WITHIN_DELEGATION,
  decidedAs: 'head',
  version: 2,
};

const report: DelegatedDecisions = {
  departmentId: 'd2',
  departmentName: 'Utbildningsförvaltningen',
  bodyName: 'Barn- och utbildningsnämnden',
  previousMeetingOn: '2026-11-17',
  nextMeetingOn: '2026-12-15',
  decisions: [decided],
};

describe('DelegatedDecisionsPage', () => {
  let fixture: ComponentFixture<DelegatedDecisionsPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  let navigate: jest.SpyInstance;
  const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const settle = () => settleFixture(fixture);

  async function open(person: CurrentUser, departmentId?: string) {
    ({ fixture, backend } = createDeskFixture(DelegatedDecisionsPage, { router: true }));
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await signInForTest(person);
    fixture.componentRef.setInput('departmentId', departmentId);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne('/api/departments').flush(departments);
    await settle();
  }

  afterEach(() => backend.verify());

  it('lists the head’s decisions since the committee last met, for its next meeting, ready to print', async () => {
    await open(personFixture('u2', ['coordinator']), 'd2');
    backend.expectOne((r) => r.url === '/api/co-funding/delegated-decisions' && r.params.get('departmentId') === 'd2').flush(report);
    await settle();
    expect(plain(document.querySelector('#delegated-to')?.textContent)).toBe('Anmälan till Barn- och utbildningsnämnden');
    expect(plain(document.querySelector('[data-testid="delegated-next"]')?.textContent)).toBe('15 dec. 2026');
    const rows = [...document.querySelectorAll('[data-testid="delegated-table"] tr')].map((tr) =>
      [...tr.children].map((cell) => plain(cell.textContent)),
    );
    expect(rows).toEqual([
      ['Projekt', 'Belopp', 'Budgetår', 'Beslut', 'Beslutsdatum', 'Kommentar'],
      ['Läsfrämjande i förskolan', '40 000 kr', '2027', 'Godkänd Karin Holm', '25 nov. 2026', 'Ryms i verksamhetsplanen.'],
    ]);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Skriv ut' }))).click();
    expect(print).toHaveBeenCalled();
  });

  it('lets a coordinator pick the department', async () => {
    await open(personFixture('u2', ['coordinator']));
    const picker = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="delegated-department"]' }));
    await picker.clickOptions({ text: 'Utbildningsförvaltningen' });
    expect(navigate).toHaveBeenCalledWith(['/co-funding/delegated', 'd2']);
  });

  it('takes a head straight to their own department', async () => {
    await open({ ...personFixture('u5', ['department_head']), departmentIds: ['d2'] });
    expect(navigate).toHaveBeenCalledWith(['/co-funding/delegated', 'd2'], { replaceUrl: true });
  });
});
