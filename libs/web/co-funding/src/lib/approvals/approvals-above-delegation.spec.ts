import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { CoFundingRequest, CurrentUser, LedgerYear } from '@gp/domain';
import { TODAY } from '@gp/web/core';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { personFixture, signInForTest } from '@gp/web/session/testing';
import { PLANNED_FOR_THE_BOARD } from '../co-funding.fixture';
import { ApprovalsPage } from './approvals.page';

const request: CoFundingRequest = {
  id: 'r1',
  projectId: 'p1',
  projectTitle: 'Kompetenslyft förskolan',
  departmentId: 'd2',
  departmentName: 'Utbildningsförvaltningen',
  currency: 'SEK',
  years: [2027, 2028, 2029, 2030].map((year) => ({ year, cashMinor: 30_000_000, inKindMinor: 0 })),
  justification: 'Förskolornas kompetensplan.',
  status: 'pending',
  requestedById: 'u2',
  requestedByName: 'Maja Lindqvist',
  requestedAt: '2026-12-06T09:00:00Z',
  decidedById: null,
  decidedByName: null,
  decidedAt: null,
  decisionComment: null,
  ...PLANNED_FOR_THE_BOARD,
  version: 3,
};

const ledgerYear = (year: number, remainingMinor: number | null): LedgerYear => ({
  departmentId: 'd2',
  departmentName: 'Utbildningsförvaltningen',
  year,
  currency: 'SEK',
  frameMinor: remainingMinor === null ? null : 50_000_000,
  pendingMinor: 0,
  approvedMinor: 0,
  committedMinor: 0,
  releasedMinor: 0,
  remainingMinor,
});

const karin: CurrentUser = { ...personFixture('u5', ['department_head']), departmentIds: ['d2'] };
const maja: CurrentUser = { ...personFixture('u2', ['coordinator']), departmentIds: [] };

describe('ApprovalsPage above the head’s delegation', () => {
  let fixture: ComponentFixture<ApprovalsPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  const settle = () => settleFixture(fixture);
  const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const card = () => document.querySelector<HTMLElement>('[data-testid="approval-r1"]');
  const button = (testId: string) => loader.getHarness(MatButtonHarness.with({ selector: `[data-testid="${testId}"]` }));
  const field = async (dialog: MatDialogHarness, label: string) => {
    const found = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return { field: found, input: (await found.getControl(MatInputHarness)) as MatInputHarness };
  };

  async function open(person: CurrentUser, pending: CoFundingRequest[] = [request]) {
    ({ fixture, backend } = createDeskFixture(ApprovalsPage, {
      router: true,
      providers: [{ provide: TODAY, useValue: () => '2026-12-06' }],
    }));
    await signInForTest(person);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne((r) => r.url === '/api/co-funding-requests').flush(pending);
    backend.expectOne('/api/co-funding/commitments').flush([]);
    backend
      .expectOne('/api/co-funding/ledger')
      .flush([ledgerYear(2027, 15_000_000), ledgerYear(2028, 50_000_000), ledgerYear(2029, null)]);
    await settle();
  }

  /** After a recommendation or a recorded decision the page reads the commitments and the ledger again. */
  function reloadsTotals() {
    backend.expectOne('/api/co-funding/commitments').flush([]);
    backend.expectOne('/api/co-funding/ledger').flush([]);
  }

  afterEach(() => backend.verify());

  it('tells the head who decides and why, by when, and what the frame has left; she cannot approve', async () => {
    await open(karin);
    const shown = plain(card()?.textContent);
    expect(shown).toContain(
      'Kommunstyrelsen beslutar. Förfrågan gäller fler än 3 budgetår. Begärt totalt 1 200 000 kr; förvaltningschefens delegation är 100 000 kr.',
    );
    const dates = [...(document.querySelectorAll('[data-testid="dates-r1"] > *') ?? [])].map((e) => plain(e.textContent));
    expect(dates).toEqual([
      'Beslut behövs senast',
      '28 jan. 2027',
      'Sammanträde',
      'Kommunstyrelsen, 13 jan. 2027',
      'Tjänsteskrivelsen registrerad senast',
      '16 dec. 2026',
      'Protokollet justerat',
      '20 jan. 2027',
    ]);
    expect(plain(document.querySelector('[data-testid="over-frame-r1"]')?.textContent)).toBe(
      'Överskrider Utbildningsförvaltningens återstående ram för 2027.',
    );
    const remaining = [...(document.querySelectorAll('[data-testid="remaining-r1"] tbody tr') ?? [])].map((row) =>
      [...row.children].map((cell) => plain(cell.textContent)),
    );
    expect(remaining).toEqual([
      ['2027', '300 000 kr', '150 000 kr'],
      ['2028', '300 000 kr', '500 000 kr'],
      ['2029', '300 000 kr', 'Ingen ram i SEK'],
      ['2030', '300 000 kr', 'Ingen ram i SEK'],
    ]);
    expect(plain(document.querySelector('[data-testid="approval-bar-r1"]')?.textContent)).toBe(
      'Förfrågan ligger över din delegation, så Kommunstyrelsen beslutar. Du kan tillstyrka eller avstyrka den inför beslutet.',
    );
    expect(card()?.querySelector('[data-testid="approve-r1"]')).toBeNull();
    expect(card()?.querySelector('[data-testid="record-r1"]')).toBeNull();
  });

  it('lets the head recommend against only with a reason, and shows her recommendation', async () => {
    await open(karin);
    await (await button('recommend-against-r1')).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ selector: '[data-testid="recommendation-send"]' }))).click();
    const comment = await field(dialog, 'Kommentar');
    expect(await comment.field.getTextErrors()).toEqual(['Det här fältet måste fyllas i.']);
    backend.expectNone('/api/co-funding-requests/r1/recommendation');
    await comment.input.setValue(' Ryms inte i ramen 2027. ');
    await (await dialog.getHarness(MatButtonHarness.with({ selector: '[data-testid="recommendation-send"]' }))).click();
    const post = backend.expectOne('/api/co-funding-requests/r1/recommendation');
    expect(post.request.body).toEqual({ recommendation: 'against', comment: 'Ryms inte i ramen 2027.', version: 3 });
    post.flush({
      ...request,
      recommendation: 'against',
      recommendationComment: 'Ryms inte i ramen 2027.',
      recommendedByName: 'Karin Holm',
      recommendedAt: '2026-12-07T10:00:00Z',
      version: 4,
    });
    await settle();
    reloadsTotals();
    await settle();
    expect(plain(document.querySelector('[data-testid="recommendation-r1"]')?.textContent)).toContain(
      'Förvaltningschefen avstyrker. Karin Holm',
    );
    expect(plain(document.querySelector('[data-testid="approvals-announcer"]')?.textContent)).toBe(
      'Du avstyrkte medfinansieringen till ”Kompetenslyft förskolan” från Utbildningsförvaltningen.',
    );
    expect(document.activeElement).toBe(card());
    // Pressing again changes her recommendation, and the one button left says so.
    expect(card()?.querySelector('[data-testid="recommend-against-r1"]')).toBeNull();
    const change = card()?.querySelector('[data-testid="recommend-for-r1"]');
    expect(plain(change?.textContent)).toBe('Ändra till tillstyrkan');
    expect(change?.getAttribute('aria-label')).toBe(
      'Ändra till tillstyrkan av medfinansiering till Kompetenslyft förskolan från Utbildningsförvaltningen',
    );
  });

  it('changes a recommendation made before: only the other one is offered, and sent as the new one', async () => {
    const recommended: CoFundingRequest = {
      ...request,
      recommendation: 'for',
      recommendationComment: null,
      recommendedByName: 'Karin Holm',
      recommendedAt: '2026-12-06T10:00:00Z',
    };
    await open(karin, [recommended]);
    expect(plain(document.querySelector('[data-testid="recommendation-r1"]')?.textContent)).toContain(
      'Förvaltningschefen tillstyrker. Karin Holm',
    );
    expect(card()?.querySelector('[data-testid="recommend-for-r1"]')).toBeNull();
    const change = await button('recommend-against-r1');
    expect(await change.getText()).toBe('Ändra till avstyrkan');
    await change.click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Avstyrk medfinansieringen');
    await (await field(dialog, 'Kommentar')).input.setValue('Ramen räcker inte 2027.');
    await (await dialog.getHarness(MatButtonHarness.with({ selector: '[data-testid="recommendation-send"]' }))).click();
    const post = backend.expectOne('/api/co-funding-requests/r1/recommendation');
    const comment = 'Ramen räcker inte 2027.';
    expect(post.request.body).toEqual({ recommendation: 'against', comment, version: 3 });
    post.flush({ ...recommended, recommendation: 'against', recommendationComment: comment, version: 4 });
    await settle();
    reloadsTotals();
    await settle();
    expect(plain(await (await button('recommend-for-r1')).getText())).toBe('Ändra till tillstyrkan');
  });

  it('lets a coordinator record the board’s decision, with the refused § shown under its field', async () => {
    await open(maja);
    expect(card()?.querySelector('[data-testid="recommend-for-r1"]')).toBeNull();
    expect(card()?.querySelector('[data-testid="approval-bar-r1"]')).toBeNull();
    await (await button('record-r1')).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Registrera beslutet ur protokollet');
    // The planned meeting lies ahead, so the day offered is today.
    const meetsOn = await field(dialog, 'Sammanträdesdag');
    expect(await meetsOn.input.getValue()).toBe('2026-12-06');
    expect(await (await dialog.getHarness(MatCheckboxHarness)).isChecked()).toBe(false);
    await (await field(dialog, 'Paragraf (§)')).input.setValue('paragraf 45');
    await (await field(dialog, 'Diarienummer')).input.setValue('KS 2026/123');
    const send = () =>
      dialog.getHarness(MatButtonHarness.with({ selector: '[data-testid="record-send"]' })).then((b) => b.click());
    await send();
    backend.expectOne('/api/co-funding-requests/r1/body-decision').flush(
      { code: 'invalid_paragraph', message: 'paragraph', errors: { paragraph: ['paragraph must be …'] } },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(await (await field(dialog, 'Paragraf (§)')).field.getTextErrors()).toEqual([
      'Skriv paragrafen som i protokollet, till exempel § 45.',
    ]);
    await (await field(dialog, 'Paragraf (§)')).input.setValue('§ 45');
    await send();
    const post = backend.expectOne('/api/co-funding-requests/r1/body-decision');
    expect(post.request.body).toEqual({
      decision: 'approved',
      urgent: false,
      meetsOn: '2026-12-06',
      paragraph: '§ 45',
      caseNumber: 'KS 2026/123',
      comment: '',
      version: 3,
    });
    post.flush({
      ...request,
      status: 'approved',
      decidedAs: 'body',
      decidedAt: '2026-12-06T10:00:00Z',
      decidedByName: 'Maja Lindqvist',
      minutes: { bodyName: 'Kommunstyrelsen', meetsOn: '2026-12-06', paragraph: '§ 45', caseNumber: 'KS 2026/123' },
      yearsOverFrame: [],
      version: 4,
    });
    await settle();
    reloadsTotals();
    await settle();
    expect(plain(document.querySelector('[data-testid="minutes-r1"]')?.textContent)).toBe(
      'Beslutat av Kommunstyrelsen 6 dec. 2026, § 45, diarienummer KS 2026/123.',
    );
    expect(card()?.querySelector('[data-testid="record-r1"]')).toBeNull();
  });

  it('offers the chair’s urgent decision when no meeting fits, naming the next meeting', async () => {
    const late: CoFundingRequest = {
      ...request,
      plan: {
        ...request.plan,
        meeting: null,
        nextMeeting: { meetsOn: '2027-01-13', reportDueOn: '2026-12-16', minutesApprovedOn: '2027-01-20', reportLate: false },
        problem: 'no_meeting_fits',
      },
    };
    await open(maja, [late]);
    expect(plain(document.querySelector('[data-testid="plan-problem-r1"]')?.textContent)).toBe(
      'Inget sammanträde hinner: protokollet från Kommunstyrelsens nästa sammanträde, 13 jan. 2027, justeras för sent. Ordförandebeslut är vägen som återstår.',
    );
    await (await button('record-r1')).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await (await dialog.getHarness(MatCheckboxHarness)).isChecked()).toBe(true);
    expect(document.querySelector('[data-testid="urgent-suggested"]')).not.toBeNull();
    expect(await (await field(dialog, 'Dag för ordförandebeslutet')).input.getValue()).toBe('2026-12-06');
    await dialog.close();
  });
});
