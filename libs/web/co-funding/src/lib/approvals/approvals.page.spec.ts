import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { CoFundingCommitment, CoFundingRequest, LedgerYear } from '@gp/domain';
import { ApprovalsPage } from './approvals.page';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { personFixture, signInForTest } from '@gp/web/session/testing';
import { PLANNED_WITHIN_DELEGATION } from '../co-funding.fixture';

const request: CoFundingRequest = {
  id: 'r1',
  projectId: 'p1',
  projectTitle: 'Grön omställning',
  departmentId: 'd2',
  departmentName: 'Utbildningsförvaltningen',
  currency: 'SEK',
  years: [
    { year: 2027, cashMinor: 25_000_000, inKindMinor: 0 },
    { year: 2028, cashMinor: 0, inKindMinor: 10_000_000 },
  ],
  justification: 'Två lärare på halvtid.',
  status: 'pending',
  requestedById: 'u2',
  requestedByName: 'Lena Lind',
  requestedAt: '2027-01-10T09:00:00Z',
  decidedById: null,
  decidedByName: null,
  decidedAt: null,
  decisionComment: null,
  ...PLANNED_WITHIN_DELEGATION,
  version: 3,
};
/** Karin heads the education department and also leads a project, for which she asked herself. */
const own: CoFundingRequest = {
  ...request,
  id: 'r2',
  projectId: 'p2',
  projectTitle: 'Skolutbyte Tallinn',
  requestedById: 'u5',
  requestedByName: 'Karin Holm',
};
const karin = { ...personFixture('u5', ['department_head', 'project_lead']), departmentIds: ['d2'] };

const commitment: CoFundingCommitment = {
  departmentId: 'd2',
  departmentName: 'Utbildningsförvaltningen',
  year: 2027,
  currency: 'SEK',
  approvedCashMinor: 50_000_000,
  approvedInKindMinor: 12_500_000,
  pendingCashMinor: 25_000_000,
  pendingInKindMinor: 0,
  projects: 3,
};

describe('ApprovalsPage', () => {
  let fixture: ComponentFixture<ApprovalsPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const pendingCall = (r: { url: string; params: { get(name: string): string | null } }) =>
    r.url === '/api/co-funding-requests' && r.params.get('status') === 'pending';
  const card = (id: string) => document.querySelector<HTMLElement>(`[data-testid="approval-${id}"]`);
  /** Intl groups digits with a no-break space (U+00A0 or U+202F); the tests write plain ones. */
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
  const textOf = (element: Element | null) => plain(element?.textContent ?? '');

  async function open(
    pending: CoFundingRequest[],
    options: { commitments?: CoFundingCommitment[]; requestParam?: string; ledger?: LedgerYear[] } = {},
  ) {
    ({ fixture, backend } = createDeskFixture(ApprovalsPage, { router: true }));
    await signInForTest(karin);
    fixture.componentRef.setInput('request', options.requestParam);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne(pendingCall).flush(pending);
    backend.expectOne('/api/co-funding/commitments').flush(options.commitments ?? []);
    backend.expectOne('/api/co-funding/ledger').flush(options.ledger ?? []);
    await settle();
  }

  afterEach(() => backend.verify());

  async function decide(which: 'approve' | 'reject', id: string, comment: string): Promise<MatDialogHarness> {
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: `[data-testid="${which}-${id}"]` }))
    ).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    if (comment) {
      const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Kommentar' }));
      await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(comment);
    }
    await (
      await dialog.getHarness(MatButtonHarness.with({ selector: '[data-testid="decision-send"]' }))
    ).click();
    return dialog;
  }

  it('shows what is asked, and approves with the comment and the version it showed', async () => {
    await open([request]);
    const shown = textOf(card('r1'));
    for (const part of [
      'Grön omställning',
      'Utbildningsförvaltningen',
      'Lena Lind',
      'Två lärare på halvtid.',
    ]) {
      expect(shown).toContain(part);
    }
    const years = [...(card('r1')?.querySelectorAll('gp-co-funding-years tr') ?? [])].map((row) =>
      [...row.children].map((cell) => textOf(cell)),
    );
    expect(years).toEqual([
      ['Budgetår', 'Kontant', 'I tid och resurser', 'Summa'],
      ['2027', '250 000 kr', '0 kr', '250 000 kr'],
      ['2028', '0 kr', '100 000 kr', '100 000 kr'],
      ['Totalt', '250 000 kr', '100 000 kr', '350 000 kr'],
    ]);
    expect(card('r1')?.querySelector('a')?.getAttribute('href')).toBe('/projects/p1');

    await decide('approve', 'r1', ' Bra initiativ. ');
    const post: TestRequest = backend.expectOne('/api/co-funding-requests/r1/decision');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ decision: 'approved', comment: 'Bra initiativ.', version: 3 });
    post.flush({
      ...request,
      status: 'approved',
      decidedById: 'u5',
      decidedByName: 'Karin Holm',
      decidedAt: '2027-01-12T09:00:00Z',
      decisionComment: 'Bra initiativ.',
      ...PLANNED_WITHIN_DELEGATION,
      version: 4,
    });
    await settle();
    backend.expectOne('/api/co-funding/commitments').flush([commitment]);
    backend.expectOne('/api/co-funding/ledger').flush([]);
    await settle();

    expect(textOf(document.querySelector('[data-testid="approvals-announcer"]'))).toBe(
      'Du godkände medfinansieringen till ”Grön omställning” från Utbildningsförvaltningen.',
    );
    expect(card('r1')?.querySelector('[data-testid="approve-r1"]')).toBeNull();
    expect(textOf(card('r1'))).toContain('Godkänd');
    expect(textOf(card('r1'))).toContain('Beslut av Karin Holm');
    expect(document.activeElement).toBe(card('r1'));
  });

  it('wants a reason before rejecting', async () => {
    await open([request]);
    const dialog = await decide('reject', 'r1', '');
    const comment = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Kommentar' }));
    expect(await comment.getTextErrors()).toEqual(['Det här fältet måste fyllas i.']);
    backend.expectNone('/api/co-funding-requests/r1/decision');

    await ((await comment.getControl(MatInputHarness)) as MatInputHarness).setValue(
      'Ryms inte i budgeten 2027.',
    );
    await (
      await dialog.getHarness(MatButtonHarness.with({ selector: '[data-testid="decision-send"]' }))
    ).click();
    const post = backend.expectOne('/api/co-funding-requests/r1/decision');
    expect(post.request.body).toEqual({
      decision: 'rejected',
      comment: 'Ryms inte i budgeten 2027.',
      version: 3,
    });
    post.flush({ ...request, status: 'rejected', version: 4 });
    await settle();
    backend.expectOne('/api/co-funding/commitments').flush([]);
    backend.expectOne('/api/co-funding/ledger').flush([]);
    await settle();
    expect(textOf(card('r1'))).toContain('Avslagen');
  });

  it('shows why a head may not decide on a request she made herself, instead of the buttons', async () => {
    await open([request, own]);
    expect(card('r2')?.querySelector('[data-testid="approve-r2"]')).toBeNull();
    expect(card('r2')?.querySelector('[data-testid="reject-r2"]')).toBeNull();
    expect(textOf(document.querySelector('[data-testid="approval-bar-r2"]'))).toBe(
      'Du begärde själv den här medfinansieringen, så någon annan måste besluta om den.',
    );
    expect(card('r1')?.querySelector('[data-testid="approve-r1"]')).not.toBeNull();
  });

  it('brings the request from an email link forward and focuses it, decided or not', async () => {
    await open([request], { requestParam: 'r9' });
    const decided: CoFundingRequest = {
      ...request,
      id: 'r9',
      projectTitle: 'Vattenbruk i Östersjön',
      status: 'approved',
      decidedById: 'u7',
      decidedByName: 'Per Ek',
      decidedAt: '2027-01-11T09:00:00Z',
      decisionComment: 'Ingår i förvaltningens plan.',
      ...PLANNED_WITHIN_DELEGATION,
    };
    backend.expectOne('/api/co-funding-requests/r9').flush(decided);
    await settle();
    expect(textOf(document.querySelector('#linked-heading'))).toBe('Förfrågan från länken');
    expect(card('r9')?.classList).toContain('highlighted');
    expect(document.activeElement).toBe(card('r9'));
    expect(textOf(card('r9'))).toContain('Beslut av Per Ek');
    expect(textOf(card('r9'))).toContain('Ingår i förvaltningens plan.');
    expect(card('r9')?.querySelector('[data-testid="approve-r9"]')).toBeNull();
    expect(card('r1')?.classList).not.toContain('highlighted');
  });

  it('highlights a linked request that is among the pending ones without fetching it again', async () => {
    await open([own, request], { requestParam: 'r1' });
    backend.expectNone('/api/co-funding-requests/r1');
    expect(card('r1')?.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(card('r1'));
  });

  it('lists the commitments per department and budget year as money', async () => {
    await open([], { commitments: [commitment] });
    const table = await loader.getHarness(
      MatTableHarness.with({ selector: '[data-testid="commitments-table"]' }),
    );
    expect(await table.getHeaderRows().then((rows) => rows[0].getCellTextByIndex())).toEqual([
      'Förvaltning',
      'Budgetår',
      'Godkänt kontant',
      'Godkänt i tid och resurser',
      'Väntar på beslut',
      'Projekt',
    ]);
    expect((await table.getCellTextByIndex()).map((row) => row.map(plain))).toEqual([
      ['Utbildningsförvaltningen', '2027', '500 000 kr', '125 000 kr', '250 000 kr', '3'],
    ]);
    expect(document.body.textContent).toContain(
      'Här visas förfrågningar om medfinansiering som väntar på ditt beslut.',
    );
  });

  it('says so when nobody has committed anything yet', async () => {
    await open([]);
    expect(document.body.textContent).toContain('Inga förvaltningar har åtaganden om medfinansiering än.');
    expect(document.querySelector('[data-testid="commitments-table"]')).toBeNull();
  });
});
