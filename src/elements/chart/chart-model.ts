/**
 * The shape of a chart's view model: what the summary, table, legend, drawing and keyboard read. Its own
 * module, without code, so that every part can name it without importing the view's builder (chart-view.ts).
 */
import type { LocalizedText } from '../../feed/localize.js';
import type { MetricFormat, Qualifier } from '../../feed/schema.js';
import type { TextRun } from '../../i18n/lang-runs.js';
import type { Locale } from '../../i18n/locale.js';
import type { ChartType } from './chart-messages.js';

export interface ChartPoint {
  /** Series index: the row of the keyboard grid. */
  readonly row: number;
  /** Category or period index: the column of the keyboard grid. */
  readonly col: number;
  /** The metric the value belongs to (`inclusion-select` detail). */
  readonly metric: string;
  /** Breakdown key, period, or metric id (`inclusion-select` detail). */
  readonly key: string;
  readonly value: number | null;
  readonly qualifier: Qualifier;
  /** The value as a reader says it: "более 800 человек", "нет данных". */
  readonly phrase: string;
  /** The value without its unit, for labels on the drawing: "более 800", "800-ден астам". */
  readonly short: string;
  /** The mark's accessible name: "Карагандинская область: 358 человек". */
  readonly name: string;
}

export interface ChartCategory {
  readonly key: string;
  /** Full name: official region name, category label or period in words. */
  readonly label: string;
  /** Short name for axis ticks ("Караганда"); the full one stays in names, tooltips and the table. */
  readonly short: string;
  /** Set when the label had to fall back to another language. */
  readonly lang: Locale | undefined;
}

export interface ChartSeries {
  readonly id: string;
  readonly label: LocalizedText;
  readonly format: MetricFormat;
  /** One point per category, in category order; a category the metric lacks is a missing value. */
  readonly points: readonly ChartPoint[];
  /**
   * The sum of a breakdown's known parts with its honest qualifier and unit ("более 768 человек"), when
   * adding makes sense: not for percentages, points in time, or lower and upper bounds mixed.
   */
  readonly total?: {
    readonly value: number;
    readonly qualifier: Qualifier;
    readonly missing: number;
    readonly phrase: string;
  };
}

export type ChartAxis = 'category' | 'time';

export interface ChartView {
  readonly type: ChartType;
  readonly locale: Locale;
  /** Categories come from `breakdown` ("category"); periods from `series` ("time"). */
  readonly axis: ChartAxis;
  /** The table's first column: region, category or period. */
  readonly keyHeader: string;
  readonly title: LocalizedText;
  /** The period the figures are for, in words (category charts). */
  readonly period: string | undefined;
  readonly categories: readonly ChartCategory[];
  readonly series: readonly ChartSeries[];
  /** Write axis numbers compactly ("55 тыс.") when they are large. */
  readonly compact: boolean;
  /** The auto-generated text alternative. */
  readonly summary: string;
  /**
   * The first sentence (what the chart is: a narrow chart shows only this until the reader asks for more) and
   * the others, as runs of text as they are shown: a name that fell back to another language than the chart's
   * is a run of its own with that `lang`.
   */
  readonly summaryRuns: { readonly lead: readonly TextRun[]; readonly rest: readonly TextRun[] };
  /** Nothing to draw: every value is missing, or there are no values at all. */
  readonly empty: boolean;
  /** The values are parts of one whole (a breakdown), so a total means something. */
  readonly summable: boolean;
  /** Metrics asked for that have no value to draw, while others have: named in the legend and summary. */
  readonly absent: readonly LocalizedText[];
}
