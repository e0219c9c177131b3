import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { Chart } from 'chart.js';
import { LanguageStore, ThemeStore } from '@gp/web/core';
import type { BarChart, ChartColours } from './bar-chart';

// The theme's colours resolved to plain rgb(): the stylesheet's tokens may be light-dark() pairs,
// which a canvas cannot take. A hidden probe takes each token as its colour and reports it back.
const SERIES_TOKENS = ['--mat-sys-primary', '--mat-sys-tertiary', '--mat-sys-secondary'];

function themeColours(host: HTMLElement): ChartColours {
  const probe = host.ownerDocument.createElement('span');
  probe.hidden = true;
  host.appendChild(probe);
  const read = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const colours = {
    text: read('--mat-sys-on-surface'),
    grid: read('--mat-sys-outline-variant'),
    series: SERIES_TOKENS.map(read),
  };
  probe.remove();
  return colours;
}

/**
 * A bar chart drawn with chart.js, which is loaded here, on first draw, so neither the first
 * screen nor the board carry it, and only the parts a bar chart needs are registered. The canvas is
 * an image with a one-sentence summary; the table beside it holds the numbers for screen readers.
 */
@Component({
  selector: 'gp-bar-chart',
  template: `<canvas #canvas role="img" [attr.aria-label]="chart().summary"></canvas>`,
  styles: `
    :host {
      display: block;
      position: relative;
      height: 16rem;
      max-width: 48rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChartComponent {
  readonly chart = input.required<BarChart>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly theme = inject(ThemeStore);
  private readonly locale = inject(LanguageStore).locale;
  private drawn: Chart | null = null;
  private drawing = 0;

  constructor() {
    afterRenderEffect(() => {
      const chart = this.chart();
      this.theme.preference();
      void this.draw(chart, this.locale());
    });
    inject(DestroyRef).onDestroy(() => {
      this.drawing++;
      this.drawn?.destroy();
    });
  }

  private async draw(chart: BarChart, locale: string): Promise<void> {
    const attempt = ++this.drawing;
    const {
      Chart: ChartJs,
      BarController,
      BarElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
    } = await import('chart.js');
    // A newer chart or the page's end came while the library loaded.
    if (attempt !== this.drawing) return;
    ChartJs.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
    this.drawn?.destroy();
    this.drawn = null;
    // No 2D canvas (a print preview of an old browser, or jsdom): the table beside says it all.
    const context = this.canvas().nativeElement.getContext('2d');
    if (!context) return;
    const colours = themeColours(this.host.nativeElement);
    this.drawn = new ChartJs(context, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: chart.series.map((series, i) => ({
          label: series.label,
          data: series.values,
          backgroundColor: colours.series[i % colours.series.length],
          borderColor: colours.series[i % colours.series.length],
        })),
      },
      options: {
        responsive: true,
        // Numbers on the axis as the reader's language writes them, not the browser's.
        locale,
        maintainAspectRatio: false,
        // Reduced motion or not, figures that grow in are no help to anyone reading them.
        animation: false,
        color: colours.text,
        plugins: { legend: { display: chart.series.length > 1, labels: { color: colours.text } } },
        scales: {
          x: { ticks: { color: colours.text }, grid: { color: colours.grid } },
          y: {
            beginAtZero: true,
            // Counts are whole; money may have any step.
            ticks: { color: colours.text, precision: chart.currency ? undefined : 0 },
            grid: { color: colours.grid },
            title: chart.currency ? { display: true, text: chart.currency, color: colours.text } : undefined,
          },
        },
      },
    });
  }
}
