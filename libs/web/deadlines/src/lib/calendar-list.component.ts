import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore } from '@gp/web/core';
import { dayTitle } from './calendar-format';
import type { DeadlineDay } from './calendar-view';
import { DeadlineEntryComponent } from './deadline-entry.component';

/** Coming deadlines, a heading per day, so screen reader users can jump from day to day. */
@Component({
  selector: 'gp-calendar-list',
  imports: [DeadlineEntryComponent, TranslocoPipe],
  template: `
    <div class="days" data-testid="calendar-list">
      @for (day of titled(); track day.date) {
        <section
          [attr.data-testid]="'calendar-day-' + day.date"
          [attr.aria-labelledby]="'calendar-list-' + day.date"
        >
          <h3 [id]="'calendar-list-' + day.date" [class.today]="day.date === today()">
            {{ day.title }}
            @if (day.date === today()) {
              – {{ 'calendar.today' | transloco }}
            }
          </h3>
          <ul>
            @for (deadline of day.deadlines; track deadline.id) {
              <li><gp-deadline-entry [deadline]="deadline" [today]="today()" /></li>
            }
          </ul>
        </section>
      }
    </div>
  `,
  styles: `
    .days {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      max-width: 48rem;
    }
    h3 {
      margin: 0 0 0.375rem;
      font: var(--mat-sys-title-medium);
    }
    h3.today {
      color: var(--mat-sys-primary);
    }
    ul {
      display: grid;
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarListComponent {
  private readonly locale = inject(LanguageStore).locale;

  readonly days = input.required<DeadlineDay[]>();
  readonly today = input.required<string>();

  protected readonly titled = computed(() => {
    const locale = this.locale();
    return this.days().map((day) => ({ ...day, title: dayTitle(day.date, locale) }));
  });
}
