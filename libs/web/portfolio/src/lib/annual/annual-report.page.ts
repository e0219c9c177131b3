import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, type ParamMap, type Params } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  PROJECT_TABLE_COLUMNS,
  formatMoney,
  projectTableHeader,
  stageName,
  type ReportQuery,
} from '@gp/domain';
import { LanguageStore, TODAY } from '@gp/web/core';
import { ProblemAlertComponent, formatLocalDay } from '@gp/web/ui';
import { PortfolioReportComponent } from '../reports/portfolio-report.component';
import { REPORT_FILTER_KEYS, sameReportQuery, yearPeriod } from '../reports/report-query';
import { ReportsApi } from '../reports/reports.api';
import { ReportsStore } from '../reports/reports.store';
import { catchError, of } from 'rxjs';
import { textParam } from '../shared/portfolio-params';

/** The year in the address, or this year when it is not one. */
function yearOf(params: ParamMap, today: string): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 1900 && year <= 2999 ? year : Number(today.slice(0, 4));
}

/**
 * "Internationellt arbete <year>": the report for one calendar year and every project that ran or
 * closed in it, laid out for A4 paper (the shell leaves its toolbar and navigation off the print).
 * The organisation's name is not offered by the API yet, so the heading goes without it.
 */
@Component({
  selector: 'gp-annual-report-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    PortfolioReportComponent,
    ProblemAlertComponent,
    TranslocoPipe,
  ],
  templateUrl: './annual-report.page.html',
  styleUrl: './annual-report.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnualReportPage {
  protected readonly store = inject(ReportsStore);
  /** The organisation's name over the heading, as the report goes to the municipal board; none when unset. */
  protected readonly organisation = toSignal(
    inject(ReportsApi)
      .organisation()
      .pipe(catchError(() => of(null))),
    { initialValue: null },
  );
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly languages = inject(LanguageStore);
  private readonly today = inject(TODAY)();

  private readonly paramMap = toSignal(this.route.paramMap);
  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly year = computed(() => {
    const params = this.paramMap();
    return params ? yearOf(params, this.today) : Number(this.today.slice(0, 4));
  });
  protected readonly query = computed<ReportQuery>(
    () => {
      const query: ReportQuery = { ...yearPeriod(this.year()) };
      for (const key of REPORT_FILTER_KEYS) {
        const value = textParam(this.queryParams(), key);
        if (value) query[key] = value;
      }
      return query;
    },
    { equal: sameReportQuery },
  );

  protected readonly period = computed(() => ({
    from: formatLocalDay(this.query().from, this.languages.locale()),
    to: formatLocalDay(this.query().to, this.languages.locale()),
  }));

  /** The list's headers, as the table of projects and its export name them (libs/domain). */
  protected readonly headers = computed(() => {
    const language = this.languages.language();
    return Object.fromEntries(PROJECT_TABLE_COLUMNS.map((c) => [c, projectTableHeader(c, language)]));
  });

  /** The list's rows, written once per answer and language. */
  protected readonly projects = computed(() => {
    const language = this.languages.language();
    const locale = this.languages.locale();
    return this.store.projects().map((row) => ({
      id: row.id,
      title: row.title,
      stage: stageName(row.stage, language),
      programme: row.programmeName ?? '',
      department: row.departmentName,
      period: [formatLocalDay(row.plannedStart, locale), formatLocalDay(row.plannedEnd, locale)]
        .filter(Boolean)
        .join(' – '),
      granted:
        row.grantedMinor === null
          ? ''
          : formatMoney({ amountMinor: row.grantedMinor, currency: row.currency }, language),
      partners: row.partners.join('; '),
      form: row.internationalisationForm
        ? this.transloco.translate(`project.forms.${row.internationalisationForm}`, {}, language)
        : '',
    }));
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => {
        void this.store.load(query);
        const { from: _from, to: _to, ...filters } = query;
        void this.store.loadAllProjects({ ...filters, year: this.year(), stage: ['running', 'closed'] });
      });
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
