/** Horizontal bars keep their category names whole whenever the margin can hold them. */
import { expect } from '@esm-bundle/chai';
import { chartView } from '../../../src/elements/chart/chart-view.js';
import { drawPlot } from '../../../src/elements/chart/forms/render-plot.js';
import type { Feed } from '../../../src/feed/schema.js';

function namesFeed(): Feed {
  const category = (key: string, value: number): { key: string; label: string; value: number } => ({ key, label: key, value });
  return {
    version: 1,
    id: 'test-names',
    title: 'Names',
    metrics: [{ id: 'm', label: 'Count', value: 6, breakdown: [category('Alpha', 1), category('Bravo', 2), category('Charlie', 3)] }],
  };
}

/** The category names on the drawing's left axis, as drawn. */
function axisNames(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('g.axis text')].map((text) => text.textContent ?? '').filter((text) => /^[A-Z]/.test(text));
}

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
