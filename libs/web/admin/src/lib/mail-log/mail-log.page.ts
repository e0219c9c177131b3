import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { RESENDABLE_MAIL_STATUSES, type ApiError, type MailLogEntry } from '@gp/domain';
import { LanguageStore, SWEDISH_TEXTS } from '@gp/web/core';
import {
  AdminCellDirective,
  AdminTableComponent,
  confirmed,
  formatLocalDate,
  LocalDatePipe,
  MAIL_STATUS_LOOK,
  NoticeService,
  PageHeaderComponent,
  StatusChipComponent,
  type AdminTableColumn,
  type AdminTableRowAction,
} from '@gp/web/ui';
import { MailBodyDialog } from './mail-body.dialog';
import { MAIL_LOG_FILTERS, mailFilterFromQuery, type MailLogFilterOption } from './mail-log-filter';
import { MailLogStore } from './mail-log.store';

/**
 * What the desk emailed, newest first, filtered by status (kept in the address), with a button to
 * check that email reaches people and one to send a failed email again.
 */
@Component({
  selector: 'gp-mail-log-page',
  imports: [
    AdminCellDirective,
    AdminTableComponent,
    LocalDatePipe,
    MatButtonModule,
    MatButtonToggleModule,
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
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly sending = signal(false);
  /** The id of the email being resent, so its button is not pressed twice. */
  protected readonly resending = signal<string | null>(null);
  protected readonly filters = MAIL_LOG_FILTERS;
  protected readonly filter = toSignal(
    this.route.queryParamMap.pipe(map((params) => mailFilterFromQuery(params.get('status')))),
    { initialValue: mailFilterFromQuery(null) },
  );
  protected readonly columns: AdminTableColumn[] = [
    { key: 'date', heading: 'mail.date' },
    { key: 'to', heading: 'mail.recipient' },
    { key: 'subject', heading: 'mail.subject' },
    { key: 'kind', heading: 'mail.kind' },
    { key: 'status', heading: 'mail.status' },
    { key: 'resend', cellClass: 'actions-cell' },
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
  protected readonly rowTestId = (entry: MailLogEntry) => `mail-${entry.id}`;

  constructor() {
    effect(() => {
      const statuses = this.filter().statuses;
      untracked(() => void this.store.filter(statuses));
    });
  }

  /** A kind the desk knows gets its translated name; a newer one shows as the API names it. */
  protected kindKey(kind: string): string | null {
    return Object.hasOwn(SWEDISH_TEXTS.mailKinds, kind) ? `mailKinds.${kind}` : null;
  }

  protected filterLabel(option: MailLogFilterOption): string {
    const counts = this.store.counts();
    const count = option.statuses.length
      ? option.statuses.reduce((sum, status) => sum + counts[status], 0)
      : Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (option.statuses.length === 0) return this.transloco.translate('mail.filterAll', { count });
    if (option.statuses.length > 1) return this.transloco.translate('mail.filterNeedsAction', { count });
    return this.transloco.translate('mail.filterStatus', {
      status: this.transloco.translate(`mailStatus.${option.statuses[0]}`),
      count,
    });
  }

  /** Only what differs from the default goes in the address: all statuses is no `status` at all. */
  protected chooseFilter(value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { status: value || null },
      queryParamsHandling: 'merge',
    });
  }

  /** Today's retry by its time ("kl. 14.05"), a later day's with its date. */
  protected retryText(retryAt: string): { key: string; time: string } {
    const locale = this.languages.locale();
    const today = formatLocalDate(new Date(), locale, 'date') === formatLocalDate(retryAt, locale, 'date');
    return today
      ? { key: 'mail.retryAt', time: formatLocalDate(retryAt, locale, 'time') }
      : { key: 'mail.retryAtDay', time: formatLocalDate(retryAt, locale) };
  }

  protected resendable(entry: MailLogEntry): boolean {
    return RESENDABLE_MAIL_STATUSES.includes(entry.status);
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

  /**
   * Asks first, and for a flagged email warns that it may already have arrived. Afterwards the
   * row's button is gone, so the focus goes to the row's read button instead of the page.
   */
  protected async resend(entry: MailLogEntry): Promise<void> {
    if (this.resending()) return;
    const params = { subject: entry.subject, to: entry.to };
    const flagged = entry.status === 'flagged';
    const yes = await confirmed(this.dialog, {
      title: this.transloco.translate('mail.resendTitle'),
      message: this.transloco.translate(flagged ? 'mail.resendFlaggedMessage' : 'mail.resendMessage', params),
      confirm: this.transloco.translate(flagged ? 'mail.resendFlaggedConfirm' : 'mail.resend'),
    });
    if (!yes) return;
    this.resending.set(entry.id);
    try {
      await this.store.resend(entry);
      this.notices.confirm('mail.resent', params);
      await this.store.load();
      this.focusRow(entry.id);
    } catch (error) {
      this.notices.problem(error as ApiError);
      await this.store.load();
    } finally {
      this.resending.set(null);
    }
  }

  protected read(entry: MailLogEntry): void {
    this.dialog.open(MailBodyDialog, { data: entry, width: '48rem', maxWidth: '95vw' });
  }

  /** The row's first button (read); the chosen filter when the row left the filtered list. */
  private focusRow(id: string): void {
    // After the reload has rendered: the row keeps its element (tracked by id).
    setTimeout(() => {
      const host = this.host.nativeElement;
      const row = host.querySelector(`[data-testid="mail-${id}"]`);
      const target =
        row?.querySelector<HTMLElement>('button:not([disabled])') ??
        host.querySelector<HTMLElement>('.mat-button-toggle-checked button');
      target?.focus();
    });
  }
}
