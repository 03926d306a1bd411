import { expect } from '@esm-bundle/chai';
import '../../src/elements/chart/define.js';
import type { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { Feed } from '../../src/feed/schema.js';
import { press } from '../a11y/keys.js';
import { part, settled } from '../support/dom.js';
import { categories, longSeriesFeed } from './chart-feeds.js';
import { removeCharts, spaced, until } from './chart-helpers.js';

/** A chart with `attributes` and `feed` in a page box `width` px wide, not yet in the document. */
function chartInPage(
  width: number,
  attributes: Record<string, string>,
  feed: Feed,
): { page: HTMLDivElement; element: InclusionChart } {
  const page = document.createElement('div');
  page.className = 'chart-page';
  page.style.width = `${width}px`;
  const element = document.createElement('inclusion-chart');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.feed = feed;
  page.append(element);
  return { page, element };
}

/**
 * Mounts a chart and waits until it is drawn and its table has grown to every row. How long that takes is
 * measured by `npm run bench` (categories-5k, line-10k), not here: a test machine's speed varies.
 */
async function mounted(type: string, feed: Feed, metric: string): Promise<InclusionChart> {
  const { page, element } = chartInPage(900, { type, locale: 'ru', metric }, feed);
  document.body.append(page);
  await settled(element, ['ready', 'error'], 20_000);
  await until(
    () =>
      (part(element, 'table')?.querySelectorAll('tbody tr').length ?? 0) >=
      element.shadowRoot!.querySelectorAll('[part=legend] li').length,
    20_000,
  );
  return element;
}

describe('<inclusion-chart> with large data', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  it('draws a 10 000-point line thinned to its pixels, and keeps every value', async () => {
    const feed = longSeriesFeed(10_000);
    const element = await mounted('line', feed, 'daily');
    // The drawn path is thinned to the pixels it has...
    const path = element.shadowRoot!.querySelector('.line path')!.getAttribute('d')!;
    const vertices = (path.match(/[ML]/g) ?? []).length;
    expect(vertices)
      .to.be.below(5 * 900)
      .and.above(500);
    // ...but the table holds every value,
    const table = part(element, 'table')!;
    await until(() => table.querySelectorAll('tbody tr').length === 10_000, 20_000);
    // the summary counts them all,
    expect(spaced(element.shadowRoot!.querySelector('#summary')!.textContent)).to.contain('10 000 значений');
    // and the keyboard reaches every one of them: one cursor in the list, with its place in the set.
    element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
    await press('End');
    const active = (): Element => element.shadowRoot!.activeElement!;
    const last = feed.metrics[0]!.series!.at(-1)!;
    expect(spaced(active().getAttribute('aria-label'))).to.match(new RegExp(`^${new Date(last.period).getUTCDate()} `));
    expect(active().getAttribute('aria-posinset')).to.equal('10000');
    expect(active().getAttribute('aria-setsize')).to.equal('10000');
    await press('ArrowLeft');
    expect(active().getAttribute('aria-posinset')).to.equal('9999');
    await press('Home');
    expect(spaced(active().getAttribute('aria-label'))).to.equal('1 января 1990 г.: 1 000');
    // A missing day is spoken as missing. 499 steps dispatched in the page (500 real key presses, each a
    // round trip to the test runner, took most of this test's time on a slow machine), the last one real.
    for (let i = 0; i < 499; i += 1)
      active().dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }),
      );
    expect(active().getAttribute('aria-posinset')).to.equal('500');
    await press('ArrowRight');
    expect(spaced(active().getAttribute('aria-label'))).to.equal('16 мая 1991 г.: нет данных');
    // Only one value is named at a time: the list stays small for the accessibility tree.
    expect(element.shadowRoot!.querySelectorAll('svg [role="listitem"]:not([aria-hidden="true"])')).to.have.length(1);
  });

  it('draws 2 000 categories as bars, one mark each', async () => {
    const feed = longSeriesFeed(10);
    feed.metrics[0]!.breakdown = categories(2000, (i) => (i % 50 === 0 ? null : (i * 37) % 1000));
    const element = await mounted('bar', feed, 'daily');
    expect(element.shadowRoot!.querySelectorAll('svg [role="listitem"]')).to.have.length(2000);
  });

  it('is ready with the first slice of 5 000 bars, draws the rest a slice a frame; keys reach all', async () => {
    const feed = longSeriesFeed(10);
    feed.metrics[0]!.breakdown = categories(5000, (i) => (i * 7919) % 1000);
    const { page, element } = chartInPage(640, { type: 'bar', locale: 'en', metric: 'daily' }, feed);
    const drawnAtReady = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (element.getAttribute('state') !== 'ready') return;
        observer.disconnect();
        resolve(element.shadowRoot!.querySelectorAll('svg [role="listitem"]').length);
      });
      observer.observe(element, { attributes: true, attributeFilter: ['state'] });
    });
    document.body.append(page);
    const atReady = await drawnAtReady;
    expect(atReady, 'the first slice, more bars than a screen holds').to.be.within(50, 4999);
    // The keyboard reaches the last bar at once, whatever has been drawn by then.
    element.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!.focus();
    await press('End');
    expect(spaced(element.shadowRoot!.activeElement!.getAttribute('aria-label'))).to.match(/^Category 4999: /);
    await element.updateComplete;
    const bars = element.shadowRoot!.querySelectorAll('svg [role="listitem"]');
    expect(bars).to.have.length(5000);
    expect(element.shadowRoot!.querySelectorAll('svg [role="list"]')).to.have.length(1);
  });

  it('redraws a chart drawn in slices at a new width, even when the width changes before the last slice', async () => {
    const feed = longSeriesFeed(10);
    feed.metrics[0]!.breakdown = categories(3000, (i) => i % 1000);
    const { page, element } = chartInPage(640, { type: 'bar', metric: 'daily' }, feed);
    document.body.append(page);
    await until(() => element.getAttribute('state') === 'ready', 20_000);
    const svgWidth = (): string | null | undefined =>
      element.shadowRoot!.querySelector('svg.chart-svg')?.getAttribute('width');
    const first = svgWidth();
    page.style.width = '480px';
    await until(() => svgWidth() !== first, 20_000);
    await element.updateComplete;
    expect(Number(svgWidth())).to.be.below(Number(first));
    expect(element.shadowRoot!.querySelectorAll('svg [role="listitem"]')).to.have.length(3000);
  });
});
