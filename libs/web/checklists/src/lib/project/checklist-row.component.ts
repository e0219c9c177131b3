import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChecklistItem } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalDatePipe, LocalDayPipe } from '@gp/web/ui';

/**
 * One checklist item: a real checkbox named by its title, what it needs and by when, who did it,
 * and for editors buttons to move, edit and remove it. Late items say so in words and an icon.
 */
@Component({
  selector: 'gp-checklist-row',
  imports: [LocalDatePipe, LocalDayPipe, MatButtonModule, MatCheckboxModule, MatIconModule, TranslocoPipe],
  templateUrl: './checklist-row.component.html',
  styleUrl: './checklist-row.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistRowComponent {
  protected readonly locale = inject(LanguageStore).locale;

  readonly item = input.required<ChecklistItem>();
  readonly overdue = input(false);
  readonly mayEdit = input(false);
  /** A write for this item is on its way. */
  readonly busy = input(false);
  readonly first = input(false);
  readonly last = input(false);

  readonly tick = output<boolean>();
  readonly move = output<-1 | 1>();
  readonly edit = output<void>();
  readonly remove = output<void>();
}
