/**
 * Each chart form's SVG, compared with the one recorded in `output/` (in the manner of Observable Plot's
 * own test/plots): any change to what a form draws shows up here as a diff to read. A missing recording
 * is written and the test passes; a different drawing fails and is written next to it as
 * `<name>-changed.svg`. To accept a change on purpose, replace the recording with that file.
 *
 * Text is measured by a fixed rule (MEASURE), not by the browser's fonts, so the recordings hold on any
 * machine; the forms are drawn from the view model exactly as the element draws them.
 */
import { expect } from '@esm-bundle/chai';
import { readFile, writeFile } from '@web/test-runner-commands';
import type { ChartView } from '../../../src/elements/chart/chart-model.js';
import { chartView } from '../../../src/elements/chart/chart-view.js';
import type { ChartType } from '../../../src/elements/chart/chart-messages.js';
import type { DrawOptions } from '../../../src/elements/chart/drawing.js';
import { drawDonut } from '../../../src/elements/chart/forms/render-donut.js';
import { drawPlot } from '../../../src/elements/chart/forms/render-plot.js';
import type { Locale } from '../../../src/i18n/locale.js';
import type { Feed } from '../../../src/feed/schema.js';
import { chartFeed, longNamesFeed, longSeriesFeed, manyCategoriesFeed } from '../chart-feeds.js';

/** Every character 7 px wide, a space 3.5: like a 12 px sans-serif, and the same everywhere. */
const MEASURE = (text: string): number => [...text].reduce((sum, c) => sum + (c === ' ' ? 3.5 : 7), 0);

interface Case {
  readonly name: string;
  readonly type: ChartType;
  readonly metrics: string;
  readonly locale?: Locale;
  readonly width?: number;
  readonly feed?: () => Feed;
}

const CASES: readonly Case[] = [
  { name: 'bars', type: 'bar', metrics: 'placed' },
  { name: 'bars-grouped', type: 'bar', metrics: 'placed,trained' },
  { name: 'bars-narrow-kk', type: 'bar', metrics: 'placed', locale: 'kk', width: 320 },
  { name: 'bars-sliced', type: 'bar', metrics: 'm', feed: () => manyBars(420) },
  { name: 'bars-names-wrapped', type: 'bar', metrics: 'support', locale: 'ru', width: 320, feed: longNamesFeed },
  { name: 'bars-wide-values', type: 'bar', metrics: 'by-region', locale: 'kk', width: 320, feed: longNamesFeed },
  { name: 'bars-negative', type: 'bar', metrics: 'change', locale: 'kk', width: 320, feed: longNamesFeed },
  { name: 'columns', type: 'column', metrics: 'placed' },
  { name: 'columns-grouped', type: 'column', metrics: 'placed,trained' },
  { name: 'columns-rotated-labels', type: 'column', metrics: 'kinds', width: 320 },
  { name: 'stacked', type: 'stacked', metrics: 'placed,trained' },
  { name: 'stacked-narrow-ru', type: 'stacked', metrics: 'placed,trained', locale: 'ru', width: 320 },
  { name: 'stacked-single', type: 'stacked', metrics: 'kinds' },
  { name: 'line', type: 'line', metrics: 'placed' },
  { name: 'lines-labelled', type: 'line', metrics: 'placed,trained' },
  { name: 'area', type: 'area', metrics: 'trained', locale: 'ru' },
  { name: 'line-long', type: 'line', metrics: 'daily', feed: () => longSeriesFeed(2000) },
  { name: 'donut', type: 'donut', metrics: 'kinds' },
];

/** A breakdown long enough to be drawn in slices, with missing values among them. */
const manyBars = (count: number): Feed => manyCategoriesFeed(count, (i) => (i % 9 === 4 ? null : (i * 37) % 100));

function viewOf(test: Case): ChartView {
  const feed = (test.feed ?? chartFeed)();
  const metrics = test.metrics.split(',').map((id) => feed.metrics.find((metric) => metric.id === id)!);
  return chartView(feed, metrics, test.type, test.locale ?? 'en');
}

/** The drawing as text, a tag a line, so a change reads as a diff. */
function serialize(svg: SVGSVGElement): string {
  return `${new XMLSerializer().serializeToString(svg).replace(/></g, '>\n<')}\n`;
}

/**
 * The recording at `path`, or undefined. The test runner answers a read of a missing file as a command
 * nobody ran ("Unknown command read-file"), so that rejection means "not recorded yet"; any other fails.
 */
async function recorded(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path });
  } catch (error) {
    if (error instanceof Error && /Unknown command read-file/.test(error.message)) return undefined;
    throw error;
  }
}

describe('chart forms (recorded SVG)', () => {
  for (const test of CASES) {
    it(test.name, async () => {
      const view = viewOf(test);
      const options: DrawOptions = { width: test.width ?? 640, document, measure: MEASURE };
      const drawn = test.type === 'donut' ? drawDonut(view, options) : drawPlot(view, options);
      while (drawn.drawNext?.());
      // Plot's `scale` and `legend` functions hold every channel and mark: a drawing kept on screen must
      // not keep them too.
      expect(Object.keys(drawn.svg), 'Plot internals left on the SVG').to.deep.equal([]);
      const actual = serialize(drawn.svg);
      const path = `output/${test.name}.svg`;
      const expected = await recorded(path);
      if (expected === undefined) {
        await writeFile({ path, content: actual });
        console.warn(`recorded ${path}`);
        return;
      }
      if (actual !== expected) await writeFile({ path: `output/${test.name}-changed.svg`, content: actual });
      expect(actual, `${path} differs: see output/${test.name}-changed.svg`).to.equal(expected);
    });
  }
});
