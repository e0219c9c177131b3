/** What one bar chart shows: the same numbers as the table beside it. */
export interface BarChart {
  labels: string[];
  series: Array<{ label: string; values: number[] }>;
  /** The chart in one sentence, for screen readers (the canvas is an image to them). */
  summary: string;
  /** Values are money in major units of the reporting currency; the axis says which. */
  currency?: string;
}

/** The colours a chart is drawn in, read from the theme so dark mode gets light lines. */
export interface ChartColours {
  text: string;
  grid: string;
  series: string[];
}
