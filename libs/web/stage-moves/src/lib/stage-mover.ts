import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { describeRefusal, zonedDay, type Language, type MoveRefusal, type Stage } from '@gp/domain';
import { MoveDialog, type MoveDialogData } from './move.dialog';
import type { MoveDetails, MoveSubject } from './move-subject';
import type { StageOption } from './stage-options';

const DIALOG_SIZE = { width: '36rem', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

/** The answer to "move there?": refused with reasons, cancelled, or the details to send. */
export type MoveRequest =
  | { kind: 'refused'; reasons: string[] }
  | { kind: 'cancelled' }
  | { kind: 'move'; details: MoveDetails };

/**
 * The move logic the board and the project page share: the stage rules' answer first, then what
 * the target stage needs, asked in one dialog. Decision → running asks the grant, the period and
 * the report dates; closing asks how it ended, always (closing is a confirmation); other moves ask
 * only when `askComment` (the project page, where a comment is expected; the board's drag stays
 * one gesture). Sending is the caller's: each page has its own store.
 */
@Injectable({ providedIn: 'root' })
export class StageMover {
  private readonly dialog = inject(MatDialog);

  async request(
    subject: MoveSubject,
    option: StageOption | undefined,
    to: Stage,
    language: Language,
    askComment: boolean,
    timeZone = 'Europe/Stockholm',
  ): Promise<MoveRequest> {
    if (!option || !option.allowed) {
      const reasons: MoveRefusal[] = option?.reasons ?? [
        { code: 'move_not_allowed', params: { from: subject.stage, to } },
      ];
      return { kind: 'refused', reasons: reasons.map((reason) => describeRefusal(reason, language)) };
    }
    const mode: MoveDialogData['mode'] =
      subject.stage === 'decision' && to === 'running' ? 'decide' : to === 'closed' ? 'close' : 'plain';
    if (mode === 'plain' && !askComment) return { kind: 'move', details: {} };
    const details = await firstValueFrom(
      this.dialog
        .open<MoveDialog, MoveDialogData, MoveDetails>(MoveDialog, {
          ...DIALOG_SIZE,
          data: { subject, to, mode, outcomes: option.outcomes, today: zonedDay(new Date(), timeZone) },
        })
        .afterClosed(),
    );
    return details ? { kind: 'move', details } : { kind: 'cancelled' };
  }
}
