import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NotificationLogEntry } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { EmptyStateComponent, LocalDatePipe, LocalDayPipe, MAIL_STATUS_LOOK, PageHeaderComponent, ProblemAlertComponent, reminderOffset, StatusChipComponent } from '@gp/web/ui';
import { DeadlineLabelComponent } from '../shared/deadline-label.component';
import { NotificationLogStore } from './notification-log.store';
import { PlannedRemindersComponent } from './planned-reminders.component';

/** The deadline reminders the desk has emailed, newest first, and the ones it will send next. */
@Component({
  selector: 'gp-notification-log-page',
  imports: [
    ProblemAlertComponent,
    DeadlineLabelComponent,
    EmptyStateComponent,
    LocalDatePipe,
    LocalDayPipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    PageHeaderComponent,
    PlannedRemindersComponent,
    RouterLink,
    StatusChipComponent,
    TranslocoPipe,
  ],
  templateUrl: './notification-log.page.html',
  styleUrls: ['../shared/reminder-table.scss', './notification-log.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationLogPage {
  protected readonly store = inject(NotificationLogStore);
  protected readonly locale = inject(LanguageStore).locale;

  /** `?projectId=`, from a project page's link: that project's reminders only. */
  readonly projectId = input<string | undefined>(undefined);

  protected readonly columns = ['when', 'recipient', 'project', 'deadline', 'dueOn', 'offset', 'status'];
  protected readonly pageSizes = [20, 50, 100];
  // An email's look, whether the mail log or the reminder log shows it.
  protected readonly statusLook = MAIL_STATUS_LOOK;
  protected readonly offset = reminderOffset;

  constructor() {
    effect(() => {
      const projectId = this.projectId() || null;
      untracked(() => void this.store.load(this.store.limit(), 0, projectId));
    });
  }

  protected entryOf(row: unknown): NotificationLogEntry {
    return row as NotificationLogEntry;
  }

  protected changePage(event: PageEvent): void {
    void this.store.load(event.pageSize, event.pageIndex * event.pageSize);
  }

  protected refresh(): void {
    void this.store.load();
  }
}
