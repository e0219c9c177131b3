import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { PageEvent } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { NotificationLogEntry } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import {
  AdminCellDirective,
  AdminTableComponent,
  LocalDatePipe,
  LocalDayPipe,
  MAIL_STATUS_LOOK,
  PageHeaderComponent,
  reminderOffset,
  StatusChipComponent,
  type AdminTableColumn,
} from '@gp/web/ui';
import { DeadlineLabelComponent } from '@gp/web/ui';
import { NotificationLogStore } from './notification-log.store';
import { PlannedRemindersComponent } from './planned-reminders.component';
import { ReminderSendTimeStore } from './reminder-send-time.store';

/** The deadline reminders the desk has emailed, newest first, and the ones it will send next. */
@Component({
  selector: 'gp-notification-log-page',
  imports: [
    AdminCellDirective,
    AdminTableComponent,
    DeadlineLabelComponent,
    LocalDatePipe,
    LocalDayPipe,
    MatButtonModule,
    MatIconModule,
    PageHeaderComponent,
    PlannedRemindersComponent,
    RouterLink,
    StatusChipComponent,
    TranslocoPipe,
  ],
  templateUrl: './notification-log.page.html',
  styleUrl: './notification-log.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationLogPage {
  protected readonly store = inject(NotificationLogStore);
  protected readonly sendTime = inject(ReminderSendTimeStore);
  protected readonly locale = inject(LanguageStore).locale;

  /** `?projectId=`, from a project page's link: that project's reminders only. */
  readonly projectId = input<string | undefined>(undefined);

  protected readonly columns: AdminTableColumn[] = [
    { key: 'when', heading: 'reminders.when', cellClass: 'nowrap' },
    { key: 'recipient', heading: 'reminders.recipient' },
    { key: 'project', heading: 'reminders.project' },
    { key: 'deadline', heading: 'reminders.deadline' },
    { key: 'dueOn', heading: 'reminders.dueOn', cellClass: 'nowrap' },
    { key: 'offset', heading: 'reminders.offset', cellClass: 'nowrap' },
    { key: 'status', heading: 'reminders.status' },
  ];
  protected readonly pageSizes = [20, 50, 100];
  // An email's look, whether the mail log or the reminder log shows it.
  protected readonly lookOf = (entry: NotificationLogEntry) => MAIL_STATUS_LOOK[entry.status];
  protected readonly offset = reminderOffset;

  constructor() {
    void this.sendTime.load();
    effect(() => {
      const projectId = this.projectId() || null;
      untracked(() => void this.store.load(this.store.limit(), 0, projectId));
    });
  }

  protected changePage(event: PageEvent): void {
    void this.store.load(event.pageSize, event.pageIndex * event.pageSize);
  }

  protected refresh(): void {
    void this.store.load();
  }
}
