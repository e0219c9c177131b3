import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { PortfolioReport, ReportQuery, ReportTable } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { BarChartComponent } from './bar-chart.component';
import { reportTableHref } from './report-query';
import { reportView } from './report-view';

/**
 * The report's figures, each as a table (what screen readers and the printout use) with a chart
 * of the same numbers, export links per table, and the exchange rates the sums used. The reports
 * page and the annual report both show it.
 */
@Component({
  selector: 'gp-portfolio-report',
  imports: [BarChartComponent, NgTemplateOutlet, TranslocoPipe],
  templateUrl: './portfolio-report.component.html',
  styleUrl: './portfolio-report.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PortfolioReportComponent {
  readonly report = input.required<PortfolioReport>();
  readonly query = input.required<ReportQuery>();

  private readonly transloco = inject(TranslocoService);
  private readonly languages = inject(LanguageStore);

  protected readonly view = computed(() => {
    const language = this.languages.language();
    return reportView(this.report(), language, this.languages.locale(), (key, params) =>
      this.transloco.translate(key, params, language),
    );
  });

  protected href(table: ReportTable, format: 'xlsx' | 'csv'): string {
    return reportTableHref(table, format, this.query());
  }
}
