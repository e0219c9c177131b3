import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, MailLogEntry } from '@gp/domain';
import { LanguageStore, TRANSLATIONS } from '@gp/web/core';
import { EmptyStateComponent, LocalDatePipe, MAIL_STATUS_LOOK, NoticeService, PageHeaderComponent, ProblemAlertComponent, StatusChipComponent } from '@gp/web/ui';
import { MailBodyDialog } from './mail-body.dialog';
import { MailLogStore } from './mail-log.store';

/** What the desk emailed, newest first, and a button to check that email reaches people. */
@Component({
  selector: 'gp-mail-log-page',
  imports: [
    ProblemAlertComponent,
    EmptyStateComponent,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
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
  protected readonly columns = ['date', 'recipient', 'subject', 'kind', 'status', 'actions'];
  protected readonly pageSizes = [20, 50, 100];
  protected readonly statusLook = MAIL_STATUS_LOOK;

  constructor() {
    void this.store.load(this.store.limit(), 0);
  }

  /** A kind the desk knows gets its translated name; a newer one shows as the API names it. */
  protected kindKey(kind: string): string | null {
    return Object.hasOwn(TRANSLATIONS.sv.mailKinds, kind) ? `mailKinds.${kind}` : null;
  }

  protected entryOf(row: unknown): MailLogEntry {
    return row as MailLogEntry;
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
