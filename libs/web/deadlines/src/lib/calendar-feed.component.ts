import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiError, CalendarFeedStatus } from '@gp/domain';
import { callApi, LanguageStore } from '@gp/web/core';
import { confirmed, formatLocalDate, NoticeService, ProblemAlertComponent } from '@gp/web/ui';
import { CalendarApi } from './calendar.api';

/**
 * The person's own calendar feed, to subscribe to from Outlook or Google Calendar. Only a hash
 * of the address's secret is kept, so the address is shown once, when made or renewed, with a
 * copy button; afterwards the page can only say that a feed exists, and since when.
 */
@Component({
  selector: 'gp-calendar-feed',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ProblemAlertComponent,
    TranslocoPipe,
  ],
  templateUrl: './calendar-feed.component.html',
  styleUrl: './calendar-feed.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedComponent {
  private readonly api = inject(CalendarApi);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LanguageStore).locale;
  private readonly notices = inject(NoticeService);
  private readonly transloco = inject(TranslocoService);
  private readonly addressField = viewChild<ElementRef<HTMLInputElement>>('addressField');

  protected readonly status = signal<CalendarFeedStatus | null>(null);
  /** The address just made: held only by this page, and gone when the person leaves it. */
  protected readonly url = signal<string | null>(null);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly busy = signal(false);

  /** What the page can say of a feed made earlier, as a translation key and its date. */
  protected readonly statusText = computed(() => {
    const status = this.status();
    if (!status?.exists) return { key: 'calendar.feed.none', date: '' };
    if (!status.createdAt) return { key: 'calendar.feed.existsUndated', date: '' };
    return { key: 'calendar.feed.exists', date: formatLocalDate(status.createdAt, this.locale(), 'date') };
  });

  constructor() {
    void this.load();
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected copy(): void {
    const copied = this.clipboard.copy(this.url() ?? '');
    this.notices.confirm(copied ? 'calendar.feed.copied' : 'calendar.feed.copyFailed');
  }

  /** The first address: nothing is replaced, so nothing to ask. */
  protected create(): Promise<void> {
    return this.make('calendar.feed.created');
  }

  /** Asks first: calendars subscribed to the old address stop getting deadlines. */
  protected async renew(): Promise<void> {
    if (this.busy()) return;
    const t = (key: string) => this.transloco.translate(key);
    const sure = await confirmed(this.dialog, {
      title: t('calendar.feed.renewTitle'),
      message: t('calendar.feed.renewText'),
      confirm: t('calendar.feed.renew'),
    });
    if (sure) await this.make('calendar.feed.renewed');
  }

  private async make(doneKey: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const feed = await callApi(this.api.renewFeed());
      this.url.set(feed.url);
      this.status.set({ exists: true, createdAt: feed.createdAt });
      this.notices.confirm(doneKey);
      // The button pressed may be gone: focus goes to the new address, ready to copy.
      afterNextRender(() => this.addressField()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.status.set(await callApi(this.api.feed()));
    } catch (error) {
      this.problem.set(error as ApiError);
    }
  }
}
