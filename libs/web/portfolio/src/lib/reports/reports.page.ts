import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TODAY } from '@gp/web/core';
import {
  PageHeaderComponent,
  ProblemAlertComponent,
  ProjectFiltersComponent,
  type ProjectFilterChange,
} from '@gp/web/ui';
import { PortfolioReportComponent } from './portfolio-report.component';
import {
  REPORT_FILTER_KEYS,
  isDay,
  periodInOrder,
  reportFiltering,
  reportQueryFromParams,
  sameReportQuery,
  yearPeriod,
} from './report-query';
import { ReportsStore } from './reports.store';

/**
 * The portfolio for management and politicians: applications, money granted beside the
 * municipality's own, the pipeline's value, deadlines kept, goals and forms, for a period (the
 * current calendar year unless the address says otherwise) and the board's filters.
 */
@Component({
  selector: 'gp-reports-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PageHeaderComponent,
    PortfolioReportComponent,
    ProblemAlertComponent,
    ProjectFiltersComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './reports.page.html',
  styleUrl: './reports.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  protected readonly store = inject(ReportsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly today = inject(TODAY)();

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly query = computed(() => reportQueryFromParams(this.params(), this.today), {
    equal: sameReportQuery,
  });
  protected readonly inOrder = computed(() => periodInOrder(this.query()));
  protected readonly filtering = computed(() => reportFiltering(this.query()));
  /** The annual report of the period's first year, with the same filters. */
  protected readonly annualYear = computed(() => Number(this.query().from.slice(0, 4)));
  protected readonly annualParams = computed(() => {
    const { from: _from, to: _to, ...filters } = this.query();
    return filters;
  });

  constructor() {
    effect(() => {
      const query = this.query();
      if (periodInOrder(query)) untracked(() => void this.store.load(query));
    });
    void this.store.loadLists();
  }

  protected setFilter(change: ProjectFilterChange): void {
    // The reports take no free text; the shared filters' search field is hidden here.
    if (change.key === 'q') return;
    this.navigate({ [change.key]: change.value || null });
  }

  protected clearFilters(): void {
    this.navigate(Object.fromEntries(REPORT_FILTER_KEYS.map((key) => [key, null])));
  }

  /** A day typed in full goes to the address; the current year's bounds are left out of it. */
  protected setDay(key: 'from' | 'to', value: string): void {
    if (value !== '' && !isDay(value)) return;
    const year = Number(this.today.slice(0, 4));
    const fallback = yearPeriod(year)[key];
    this.navigate({ [key]: value && value !== fallback ? value : null });
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
