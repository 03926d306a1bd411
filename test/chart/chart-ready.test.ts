/**
 * What `state="ready"` promises for a chart: the drawing is on screen, not only the feed
 * validated; and the work done on the way there is only the work the chart needs.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/chart/define.js';
import type { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';
import { usesPatterns } from '../../src/elements/chart/chart-templates.js';
import { measureText } from '../../src/elements/chart/label-fit.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { part, settled, sleep } from '../support/dom.js';
import { chartFeed, longSeriesFeed, METRICS, TYPES } from './chart-feeds.js';
import { marks, removeCharts } from './chart-helpers.js';

/** Appends a chart and records, at the moment its `state` attribute first says `ready`, what it showed. */
function mountWatched(
  type: string,
  metric: string,
  feed = chartFeed(),
  width = '640px',
): { element: InclusionChart; atReady: Promise<{ drawn: boolean; rows: number }> } {
  const page = document.createElement('div');
  page.className = 'chart-page';
  page.style.width = width;
  const element = document.createElement('inclusion-chart');
  element.setAttribute('type', type);
  element.setAttribute('locale', 'ru');
  element.setAttribute('metric', metric);
  const atReady = new Promise<{ drawn: boolean; rows: number }>((resolve) => {
    const observer = new MutationObserver(() => {
      if (element.getAttribute('state') !== 'ready') return;
      observer.disconnect();
      resolve({
        drawn: element.shadowRoot!.querySelector('svg.chart-svg') !== null,
        rows: part(element, 'table')?.querySelectorAll('tbody tr').length ?? 0,
      });
    });
    observer.observe(element, { attributes: true, attributeFilter: ['state'] });
  });
  element.feed = feed;
  page.append(element);
  document.body.append(page);
  return { element, atReady };
}

describe('<inclusion-chart> readiness and first-draw work', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  for (const type of TYPES) {
    it(`${type}: state says ready only once the drawing is in place`, async () => {
      const { element, atReady } = mountWatched(type, METRICS[type]);
      const seen = await atReady;
      expect(seen.drawn, 'svg present when state became ready').to.equal(true);
      await settled(element);
      expect(marks(element).length).to.be.greaterThan(0);
    });
  }

  it('fifty charts on one page are all drawn when each says ready', async () => {
    const watched = Array.from({ length: 50 }, () => mountWatched('column', 'placed'));
    const seen = await Promise.all(watched.map((w) => w.atReady));
    expect(seen.every((s) => s.drawn)).to.equal(true);
  });

  it('a chart with no room (display: none) still becomes ready, and draws once shown', async () => {
    const { element, atReady } = mountWatched('bar', 'placed');
    element.parentElement!.style.display = 'none';
    const seen = await atReady;
    expect(seen.drawn).to.equal(false);
    element.parentElement!.style.display = '';
    const started = performance.now();
    while (!element.shadowRoot!.querySelector('svg.chart-svg') && performance.now() - started < 3000) await sleep(16);
    expect(marks(element).length).to.be.greaterThan(0);
  });

  it('a table of up to 200 rows is whole when the chart says ready', async () => {
    const { atReady } = mountWatched('line', 'daily', longSeriesFeed(150), '900px');
    const seen = await atReady;
    expect(seen.drawn).to.equal(true);
    expect(seen.rows).to.equal(150);
  });

  it('a 10 000-point line: ready when drawn, the table grows afterwards to every row', async () => {
    const { element, atReady } = mountWatched('line', 'daily', longSeriesFeed(10_000), '900px');
    const seen = await atReady;
    expect(seen.drawn).to.equal(true);
    // The first slice only: the rest is rendered after the drawing, in tasks of its own.
    expect(seen.rows).to.be.at.most(200);
    const table = part(element, 'table')!;
    const started = performance.now();
    while (table.querySelectorAll('tbody tr').length < 10_000 && performance.now() - started < 20_000) await sleep(50);
    expect(table.querySelectorAll('tbody tr').length).to.equal(10_000);
  });

  it('pattern definitions are rendered only for views that use textures', async () => {
    expect(usesPatterns({ type: 'column', series: [{}] as never })).to.equal(false);
    expect(usesPatterns({ type: 'bar', series: [{}] as never })).to.equal(false);
    expect(usesPatterns({ type: 'line', series: [{}, {}] as never })).to.equal(false);
    expect(usesPatterns({ type: 'column', series: [{}, {}] as never })).to.equal(true);
    expect(usesPatterns({ type: 'stacked', series: [{}] as never })).to.equal(true);
    expect(usesPatterns({ type: 'donut', series: [{}] as never })).to.equal(true);
    const single = mountWatched('bar', 'placed');
    const grouped = mountWatched('column', 'placed,trained');
    await Promise.all([settled(single.element), settled(grouped.element)]);
    expect(single.element.shadowRoot!.querySelectorAll('pattern')).to.have.length(0);
    expect(grouped.element.shadowRoot!.querySelectorAll('pattern').length).to.be.greaterThan(0);
    // Every url(#…) fill used by the drawing or the legend resolves inside the same shadow root.
    for (const { element } of [single, grouped]) {
      const root = element.shadowRoot!;
      for (const node of root.querySelectorAll('[fill^="url(#"]')) {
        const id = /url\(#([^)]+)\)/.exec(node.getAttribute('fill')!)![1]!;
        expect(root.getElementById(id), id).to.not.equal(null);
      }
    }
  });

  it('text widths are measured once per page and font, whichever chart asks', () => {
    const a = measureText();
    const b = measureText();
    const width = a('Карагандинская область');
    expect(width).to.be.greaterThan(50);
    expect(b('Карагандинская область')).to.equal(width);
    expect(measureText('24px sans-serif')('Карагандинская область')).to.be.greaterThan(width);
  });
});
