import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageStore, TODAY } from '@gp/web/core';
import { EmptyStateComponent, LocalDayPipe, PageHeaderComponent, ProblemAlertComponent } from '@gp/web/ui';
import { CalendarFeedComponent } from './calendar-feed.component';
import { ProjectFiltersComponent, type ProjectFilterChange } from '@gp/web/ui';
import { monthTitle } from './calendar-format';
import { CalendarListComponent } from './calendar-list.component';
import { CalendarMonthComponent } from './calendar-month.component';
import {
  CALENDAR_FILTER_KEYS,
  calendarQueryFromParams,
  deadlineFilters,
  deadlinesByDay,
  listRange,
  monthOf,
  monthWeeks,
  sameFilters,
  shiftMonth,
  type CalendarView,
} from './calendar-view';
import { CalendarStore } from './calendar.store';

/**
 * Every deadline the person may read, as a month or as a list of the coming months, with the
 * board's filters. Everything the page shows is in its address, so a view can be bookmarked.
 */
@Component({
  selector: 'gp-calendar-page',
  imports: [
    ProblemAlertComponent,
    CalendarFeedComponent,
    ProjectFiltersComponent,
    CalendarListComponent,
    CalendarMonthComponent,
    EmptyStateComponent,
    LocalDayPipe,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatIconModule,
    MatProgressBarModule,
    NgTemplateOutlet,
    PageHeaderComponent,
    TranslocoPipe,
  ],
  templateUrl: './calendar.page.html',
  styleUrl: './calendar.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarPage {
  protected readonly store = inject(CalendarStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly locale = inject(LanguageStore).locale;
  protected readonly today = inject(TODAY)();
  protected readonly thisMonth = monthOf(this.today);
  protected readonly listEnd = listRange(this.today).to;

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly query = computed(() => calendarQueryFromParams(this.params(), this.today));
  /** Compared by value, so only a change of period or filter asks the API again. */
  private readonly filters = computed(() => deadlineFilters(this.query(), this.today), {
    equal: sameFilters,
  });
  protected readonly filtering = computed(() => CALENDAR_FILTER_KEYS.some((key) => !!this.query()[key]));

  protected readonly monthTitle = computed(() => monthTitle(this.query().month, this.locale()));
  protected readonly weeks = computed(() =>
    monthWeeks(this.query().month, this.store.deadlines(), this.today),
  );
  protected readonly monthIsEmpty = computed(() =>
    this.weeks().every((week) => week.days.every((day) => !day.inMonth || day.deadlines.length === 0)),
  );
  protected readonly days = computed(() => deadlinesByDay(this.store.deadlines()));

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.store.load(filters));
    });
    void this.store.loadLists();
  }

  protected setFilter(change: ProjectFilterChange): void {
    this.navigate({ [change.key]: change.value || null });
  }

  protected clearFilters(): void {
    this.navigate(Object.fromEntries(CALENDAR_FILTER_KEYS.map((key) => [key, null])));
  }

  protected setView(view: CalendarView): void {
    this.navigate({ view: view === 'list' ? 'list' : null });
  }

  protected setShowDone(showDone: boolean): void {
    this.navigate({ status: showDone ? 'all' : null });
  }

  protected showMonth(by: number): void {
    const month = shiftMonth(this.query().month, by);
    this.navigate({ month: month === this.thisMonth ? null : month });
  }

  /** To the month of a day, as the empty month's hint offers. */
  protected showMonthOf(day: string): void {
    const month = monthOf(day);
    this.navigate({ month: month === this.thisMonth ? null : month });
  }

  protected monthTitleOf(day: string): string {
    return monthTitle(monthOf(day), this.locale());
  }

  protected showThisMonth(): void {
    this.navigate({ month: null });
  }

  /** Null removes a param, so the address holds only what differs from the defaults. */
  private navigate(queryParams: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
