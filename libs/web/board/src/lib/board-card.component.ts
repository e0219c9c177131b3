import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule, type MatMenuPanel } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Language } from '@gp/domain';
import { LocalDatePipe, LocalMoneyPipe } from '@gp/web/ui';
import type { CardView } from './board-view';

const DEADLINE_ICONS = { passed: 'error', urgent: 'warning', soon: 'schedule', later: 'event' } as const;

/**
 * What one card shows. A component of its own so that a change on the board (a drag starting, a
 * refusal shown) does not re-render a thousand cards: OnPush skips every card whose view is the same.
 * The move control is a plain button: a Material button's ripple and focus layers on every card
 * made each hit test during a drag a hundred times slower (tools/bench/board-render.bench.mjs).
 */
@Component({
  selector: 'gp-board-card',
  imports: [
    CdkDragHandle,
    LocalDatePipe,
    LocalMoneyPipe,
    MatIconModule,
    MatMenuModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './board-card.component.html',
  styleUrl: './board-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardCardComponent {
  readonly view = input.required<CardView>();
  readonly language = input.required<Language>();
  readonly locale = input.required<string>();
  /** The board's one "Move" menu, opened with this card as its context. */
  readonly moveMenu = input.required<MatMenuPanel>();

  protected readonly deadlineIcons = DEADLINE_ICONS;
}
