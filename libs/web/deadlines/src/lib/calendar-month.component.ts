import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore } from '@gp/web/core';
import { dayTitle, monthTitle, weekdayNames } from './calendar-format';
import type { CalendarWeek } from './calendar-view';
import { DeadlineEntryComponent } from './deadline-entry.component';

/**
 * A month as a table: weekdays as column headers (Monday first), ISO week numbers as row headers,
 * and each day's deadlines in its cell. Screen readers hear the full date of a cell and "today"
 * in words; days of the neighbouring months are shown, as the request for them covers whole weeks.
 */
@Component({
  selector: 'gp-calendar-month',
  imports: [DeadlineEntryComponent, TranslocoPipe],
  templateUrl: './calendar-month.component.html',
  styleUrl: './calendar-month.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarMonthComponent {
  private readonly locale = inject(LanguageStore).locale;

  /** YYYY-MM. */
  readonly month = input.required<string>();
  readonly weeks = input.required<CalendarWeek[]>();
  readonly today = input.required<string>();

  protected readonly title = computed(() => monthTitle(this.month(), this.locale()));
  protected readonly weekdays = computed(() => weekdayNames(this.locale()));
  protected readonly rows = computed(() => {
    const locale = this.locale();
    return this.weeks().map((week) => ({
      ...week,
      days: week.days.map((day) => ({ ...day, title: dayTitle(day.date, locale) })),
    }));
  });
}
