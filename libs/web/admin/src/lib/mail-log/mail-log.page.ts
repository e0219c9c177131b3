import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { PageEvent } from '@angular/material/paginator';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, MailLogEntry } from '@gp/domain';
import { LanguageStore, TRANSLATIONS } from '@gp/web/core';
import {
  AdminCellDirective,
  AdminTableComponent,
  LocalDatePipe,
  MAIL_STATUS_LOOK,
  NoticeService,
  PageHeaderComponent,
  StatusChipComponent,
  type AdminTableColumn,
  type AdminTableRowAction,
} from '@gp/web/ui';
import { MailBodyDialog } from './mail-body.dialog';
import { MailLogStore } from './mail-log.store';

/** What the desk emailed, newest first, and a button to check that email reaches people. */
@Component({
  selector: 'gp-mail-log-page',
  imports: [
    AdminCellDirective,
    AdminTableComponent,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    PageHeaderComponent,
    StatusChipComponent,
    TranslocoPipe,
  ],
  templateUrl: './mail-log.page.html',
  styleUrls: ['../shared/admin-page.scss', './mail-log.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailLogPage {
  protected readonly store = inject(MailLogStore);
  protected readonly languages = inject(LanguageStore);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  protected readonly sending = signal(false);
  protected readonly columns: AdminTableColumn[] = [
    { key: 'date', heading: 'mail.date' },
    { key: 'to', heading: 'mail.recipient' },
    { key: 'subject', heading: 'mail.subject' },
    { key: 'kind', heading: 'mail.kind' },
    { key: 'status', heading: 'mail.status' },
    { key: 'actions' },
  ];
  protected readonly readAction: AdminTableRowAction<MailLogEntry> = {
    icon: 'drafts',
    label: 'mail.read',
    params: (entry) => ({ subject: entry.subject }),
    run: (entry) => this.read(entry),
  };
  protected readonly pageSizes = [20, 50, 100];
  protected readonly lookOf = (entry: MailLogEntry) => MAIL_STATUS_LOOK[entry.status];

  constructor() {
    void this.store.load(this.store.limit(), 0);
  }

  /** A kind the desk knows gets its translated name; a newer one shows as the API names it. */
  protected kindKey(kind: string): string | null {
    return Object.hasOwn(TRANSLATIONS.sv.mailKinds, kind) ? `mailKinds.${kind}` : null;
  }

  protected changePage(event: PageEvent): void {
    void this.store.load(event.pageSize, event.pageIndex * event.pageSize);
  }

  protected refresh(): void {
    void this.store.load();
  }

  protected async sendTest(): Promise<void> {
    if (this.sending()) return;
    this.sending.set(true);
    try {
      await this.store.sendTest();
      this.notices.confirm('mail.testQueued');
      await this.store.load(this.store.limit(), 0);
    } catch (error) {
      this.notices.problem(error as ApiError);
    } finally {
      this.sending.set(false);
    }
  }

  protected read(entry: MailLogEntry): void {
    this.dialog.open(MailBodyDialog, { data: entry, width: '48rem', maxWidth: '95vw' });
  }
}
