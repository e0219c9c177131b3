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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, PlannedReminder } from '@gp/domain';
import { LanguageStore, callApi } from '@gp/web/core';
import { EmptyStateComponent, LocalDatePipe, LocalDayPipe, ProblemAlertComponent, reminderOffset } from '@gp/web/ui';
import { DeadlineLabelComponent } from '../shared/deadline-label.component';
import { RemindersApi } from './reminders.api';

/**
 * The next reminders of open deadlines, soonest first: everyone's the person may see, or one
 * project's (then without the project column, and only the first `limit`).
 */
@Component({
  selector: 'gp-planned-reminders',
  imports: [
    ProblemAlertComponent,
    DeadlineLabelComponent,
    EmptyStateComponent,
    LocalDatePipe,
    LocalDayPipe,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './planned-reminders.component.html',
  styleUrls: ['../shared/reminder-table.scss'],
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
  protected readonly loading = signal(false);
  protected readonly problem = signal<ApiError | null>(null);

  protected readonly shown = computed(() => {
    const limit = this.limit();
    return limit === null ? this.reminders() : this.reminders().slice(0, limit);
  });
  protected readonly columns = computed(() =>
    this.projectId()
      ? ['at', 'deadline', 'dueOn', 'offset']
      : ['at', 'project', 'deadline', 'dueOn', 'offset'],
  );

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => void this.load(projectId));
    });
  }

  protected reminderOf(row: unknown): PlannedReminder {
    return row as PlannedReminder;
  }

  private async load(projectId: string | undefined): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const reminders = await callApi(this.api.planned(projectId));
      if (projectId === this.projectId()) this.reminders.set(reminders);
    } catch (error) {
      if (projectId === this.projectId()) this.problem.set(error as ApiError);
    } finally {
      if (projectId === this.projectId()) this.loading.set(false);
    }
  }
}
