import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PlannedReminder } from '@gp/domain';
import { LanguageStore, LoadState, callApi } from '@gp/web/core';
import {
  AdminCellDirective,
  AdminTableComponent,
  EmptyStateComponent,
  LocalDatePipe,
  LocalDayPipe,
  reminderOffset,
  type AdminTableColumn,
} from '@gp/web/ui';
import { DeadlineLabelComponent } from '@gp/web/ui';
import { RemindersApi } from './reminders.api';

/**
 * The next reminders of open deadlines, soonest first: everyone's the person may see, or one
 * project's (then without the project column, and only the first `limit`).
 */
@Component({
  selector: 'gp-planned-reminders',
  imports: [
    AdminCellDirective,
    AdminTableComponent,
    DeadlineLabelComponent,
    EmptyStateComponent,
    LocalDatePipe,
    LocalDayPipe,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './planned-reminders.component.html',
  styles: `
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlannedRemindersComponent {
  private readonly api = inject(RemindersApi);
  protected readonly locale = inject(LanguageStore).locale;

  readonly projectId = input<string | undefined>(undefined);
  /** How many to show; all the API gave when null. */
  readonly limit = input<number | null>(null);
  /** The text when none are planned, as a translation key. */
  readonly emptyKey = input('reminders.plannedEmpty');
  /** A line of text instead of the large empty state, for a section of a longer page. */
  readonly compact = input(false);

  protected readonly offset = reminderOffset;
  protected readonly reminders = signal<PlannedReminder[]>([]);
  private readonly state = new LoadState();
  protected readonly loading = this.state.loading;
  protected readonly problem = this.state.problem;

  protected readonly shown = computed(() => {
    const limit = this.limit();
    return limit === null ? this.reminders() : this.reminders().slice(0, limit);
  });
  protected readonly columns = computed<AdminTableColumn[]>(() => [
    { key: 'at', heading: 'reminders.when' },
    ...(this.projectId() ? [] : [{ key: 'project', heading: 'reminders.project' }]),
    { key: 'deadline', heading: 'reminders.deadline' },
    { key: 'dueOn', heading: 'reminders.dueOn', cellClass: 'nowrap' },
    { key: 'offset', heading: 'reminders.offset', cellClass: 'nowrap' },
  ]);

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => void this.load(projectId));
    });
  }

  /** A later project's answer wins over an earlier one's that comes late. */
  private load(projectId: string | undefined): Promise<void> {
    return this.state.run(
      () => callApi(this.api.planned(projectId)),
      (reminders) => this.reminders.set(reminders),
    );
  }
}
