import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { ComponentFixture } from '@angular/core/testing';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { MoveDialog, type MoveDialogData } from './move.dialog';
import type { MoveSubject } from './move-subject';

const running: MoveSubject = {
  title: 'Grön omställning',
  stage: 'running',
  currency: 'EUR',
  grantedMinor: 10_000_000,
  requestedGrantMinor: 12_000_000,
  plannedStart: '2026-01-01',
  plannedEnd: '2027-12-31',
  interimReportOn: null,
  finalReportOn: null,
  results: '',
};

describe('MoveDialog', () => {
  let fixture: ComponentFixture<MoveDialog>;
  let close: jest.Mock;

  async function open(data: MoveDialogData): Promise<HTMLElement> {
    close = jest.fn();
    ({ fixture } = createDeskFixture(MoveDialog, {
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    }));
    await settleFixture(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  const type = (root: HTMLElement, testId: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testId}"]`);
    if (!field) throw new Error(`No ${testId}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const submit = async (root: HTMLElement) => {
    root.querySelector<HTMLButtonElement>('[data-testid="move-confirm"]')?.click();
    await settleFixture(fixture);
  };

  it('warns before closing a running project whose planned end is ahead and whose results are empty', async () => {
    const root = await open({
      subject: running,
      to: 'closed',
      mode: 'close',
      outcomes: ['completed', 'ended_early'],
      today: '2027-03-01',
    });
    const warnings = root.querySelector('[data-testid="move-warnings"]')?.textContent ?? '';
    expect(warnings).toContain('Planerat slut är 31 dec. 2027 och har inte kommit än');
    expect(warnings).toContain('Inga resultat är ifyllda');
    expect(root.querySelector('[data-testid="move-final"]')?.textContent).toContain('återöppnar');
    // No outcome chosen yet: nothing closes.
    await submit(root);
    expect(close).not.toHaveBeenCalled();
  });

  it('asks the grant, the period and the report dates on the way to running, with a comment', async () => {
    const root = await open({
      subject: { ...running, stage: 'decision', grantedMinor: null, plannedStart: null, plannedEnd: null },
      to: 'running',
      mode: 'decide',
      outcomes: [],
      today: '2027-03-01',
    });
    type(root, 'move-granted', '1500');
    type(root, 'move-planned-start', '2027-09-01');
    type(root, 'move-planned-end', '2027-08-01');
    await submit(root);
    // The end before the start is refused here, as the API would.
    expect(close).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Planerat slut ligger före planerad start.');
    type(root, 'move-planned-end', '2029-08-31');
    type(root, 'move-final-report', '2029-10-31');
    type(root, 'move-comment', '  Avtalet är undertecknat ');
    await submit(root);
    expect(close).toHaveBeenCalledWith({
      comment: 'Avtalet är undertecknat',
      outcome: 'granted',
      grantedMinor: 150_000,
      decisionDate: '2027-03-01',
      plannedStart: '2027-09-01',
      plannedEnd: '2029-08-31',
      finalReportOn: '2029-10-31',
    });
  });

  it('names the report dates that contradict each other on their own fields, focuses the first, and takes whole amounts only', async () => {
    const root = await open({
      subject: { ...running, stage: 'decision', grantedMinor: null, interimReportOn: '2027-06-30' },
      to: 'running',
      mode: 'decide',
      outcomes: [],
      today: '2027-03-01',
    });
    type(root, 'move-granted', '1500.5');
    type(root, 'move-final-report', '2027-05-31');
    await submit(root);
    expect(close).not.toHaveBeenCalled();
    const errorOf = (testId: string) => {
      const field = root.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
      const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => root.querySelector(`#${id}`)?.textContent?.trim()).filter(Boolean);
    };
    // The first field in error has the focus, its error read out with it.
    expect(document.activeElement).toBe(root.querySelector('[data-testid="move-granted"]'));
    expect(errorOf('move-granted')).toContain('Skriv hela belopp, utan ören/cent.');
    expect(errorOf('move-final-report')).toContain('Slutrapporten ligger före delrapporten.');
    type(root, 'move-granted', '1500');
    // A later interim report is the other half of the pair: fixing it clears the final report's error.
    type(root, 'move-interim-report', '2027-04-30');
    await submit(root);
    expect(close).toHaveBeenCalledWith(
      expect.objectContaining({
        grantedMinor: 150_000,
        interimReportOn: '2027-04-30',
        finalReportOn: '2027-05-31',
      }),
    );
  });

  it('asks once about a grant above the one applied for, and moves on the same amount given again', async () => {
    const root = await open({
      subject: { ...running, stage: 'decision', grantedMinor: null, requestedGrantMinor: 2_100_000_00 },
      to: 'running',
      mode: 'decide',
      outcomes: [],
      today: '2027-03-01',
    });
    type(root, 'move-granted', '150000050');
    await submit(root);
    expect(close).not.toHaveBeenCalled();
    const question = root.querySelector('[data-testid="move-granted-question"]');
    expect(question?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Beviljat belopp 150 000 050 € är mer än det sökta bidraget 2 100 000 €.',
    );
    const field = root.querySelector('[data-testid="move-granted"]') as HTMLElement;
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-describedby')).toContain('move-granted-question');
    // Corrected, the question goes; above again, it is asked again, and the same answer moves it.
    type(root, 'move-granted', '2000000');
    await settleFixture(fixture);
    expect(root.querySelector('[data-testid="move-granted-question"]')).toBeNull();
    type(root, 'move-granted', '2500000');
    await submit(root);
    expect(close).not.toHaveBeenCalled();
    await submit(root);
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ grantedMinor: 2_500_000_00 }));
  });

  it('sends only the comment on a move that needs nothing else', async () => {
    const root = await open({
      subject: { ...running, stage: 'idea' },
      to: 'application',
      mode: 'plain',
      outcomes: [],
      today: '2027-03-01',
    });
    expect(root.querySelector('h2')?.textContent).toContain('Flytta Grön omställning till Ansökan');
    await submit(root);
    expect(close).toHaveBeenCalledWith({});
  });
});
