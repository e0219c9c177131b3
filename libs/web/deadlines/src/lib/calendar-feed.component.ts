import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain';
import { callApi } from '@gp/web/core';
import { confirmed, NoticeService, ProblemAlertComponent } from '@gp/web/ui';
import { CalendarApi } from './calendar.api';

/**
 * The person's own calendar feed: the secret address to subscribe to from Outlook or Google
 * Calendar, a copy button, and a new address for when the old one has spread too far.
 */
@Component({
  selector: 'gp-calendar-feed',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ProblemAlertComponent, TranslocoPipe],
  templateUrl: './calendar-feed.component.html',
  styleUrl: './calendar-feed.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedComponent {
  private readonly api = inject(CalendarApi);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  private readonly transloco = inject(TranslocoService);

  protected readonly url = signal('');
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected copy(): void {
    const copied = this.clipboard.copy(this.url());
    this.notices.confirm(copied ? 'calendar.feed.copied' : 'calendar.feed.copyFailed');
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
    if (!sure) return;
    this.busy.set(true);
    try {
      const feed = await callApi(this.api.renewFeed());
      this.url.set(feed.url);
      this.notices.confirm('calendar.feed.renewed');
    } catch (error) {
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.url.set((await callApi(this.api.feed())).url);
    } catch (error) {
      this.problem.set(error as ApiError);
    }
  }
}
