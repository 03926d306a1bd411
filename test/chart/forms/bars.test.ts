/** Horizontal bars keep their category names whole whenever the margin can hold them. */
import { expect } from '@esm-bundle/chai';
import { chartView } from '../../../src/elements/chart/chart-view.js';
import { drawPlot } from '../../../src/elements/chart/forms/render-plot.js';
import type { Feed } from '../../../src/feed/schema.js';
import { manyCategoriesFeed } from '../chart-feeds.js';

function namesFeed(): Feed {
  const category = (key: string, value: number): { key: string; label: string; value: number } => ({
    key,
    label: key,
    value,
  });
  return {
    version: 1,
    id: 'test-names',
    title: 'Names',
    metrics: [
      {
        id: 'm',
        label: 'Count',
        value: 6,
        breakdown: [category('Alpha', 1), category('Bravo', 2), category('Charlie', 3)],
      },
    ],
  };
}

/** The category names on the drawing's left axis, as drawn. */
function axisNames(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('g.axis text')]
    .map((text) => text.textContent ?? '')
    .filter((text) => /^[A-Z]/.test(text));
}

/** Categories enough to be drawn in slices, with missing values among them. */
const manyCategories = (count: number): Feed => manyCategoriesFeed(count, (i) => (i % 7 === 3 ? null : (i * 37) % 100));

const drawnMarks = (svg: SVGSVGElement): Element[] => [...svg.querySelectorAll('[role="listitem"]')];

describe('bar charts of many categories', () => {
  const measure = (text: string): number => text.length * 7;

  it('draws the first slice with the axes, then a slice per call, into one SVG and one list', () => {
    const feed = manyCategories(450);
    const drawn = drawPlot(chartView(feed, feed.metrics, 'bar', 'en'), { width: 640, document, measure });
    expect(drawnMarks(drawn.svg)).to.have.length(100);
    const decoration = (): number[] =>
      ['.grid', '.baseline'].map((selector) => drawn.svg.querySelectorAll(selector).length);
    expect(decoration(), 'grid and baseline drawn once, with the first slice').to.deep.equal([1, 1]);
    const calls: boolean[] = [];
    while (calls.length < 10 && drawn.drawNext!()) calls.push(true);
    expect(calls, 'four more slices, the last one reporting the end').to.have.length(3);
    expect(drawn.drawNext!(), 'nothing left').to.equal(false);
    expect(drawn.svg.querySelectorAll('[role="list"]')).to.have.length(1);
    expect(decoration()).to.deep.equal([1, 1]);
    const cols = drawnMarks(drawn.svg).map((mark) => Number(mark.getAttribute('data-col')));
    expect(cols, 'every category once, in order').to.deep.equal(Array.from({ length: 450 }, (_, i) => i));
  });

  it('draws up to a mark the keyboard asks for before its slice came', () => {
    const feed = manyCategories(1000);
    const drawn = drawPlot(chartView(feed, feed.metrics, 'bar', 'en'), { width: 640, document, measure });
    const last = drawn.markAt({ row: 0, col: 999 });
    expect(last?.getAttribute('data-col')).to.equal('999');
    expect(drawnMarks(drawn.svg)).to.have.length(1000);
  });

  it('draws a few hundred categories, or several series, whole', () => {
    const feed = manyCategories(400);
    expect(drawPlot(chartView(feed, feed.metrics, 'bar', 'en'), { width: 640, document, measure }).drawNext).to.equal(
      undefined,
    );
  });
});

describe('bar chart labels', () => {
  it('draws a name whole when its measured width is fractional (the margin is rounded up, not to nearest)', () => {
    const feed = namesFeed();
    const view = chartView(feed, feed.metrics, 'bar', 'en');
    // 5.77 px a character: "Charlie" measures 40.39 px, so its margin needs 52.39 px with the label gaps.
    const measure = (text: string): number => text.length * 5.77;
    const drawn = drawPlot(view, { width: 640, document, measure });
    expect(axisNames(drawn.svg)).to.deep.equal(['Alpha', 'Bravo', 'Charlie']);
  });
});
