import { expect } from '@esm-bundle/chai';
import '../../src/elements/chart/define.js';
import type { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { settled, sleep } from '../support/dom.js';
import { chartFeed, longSeriesFeed } from './chart-feeds.js';
import { marks, mountChart, removeCharts, spaced, until } from './chart-helpers.js';

const chartWidth = (element: Element): number =>
  Math.floor(element.shadowRoot!.querySelector('[part~="chart"]')!.getBoundingClientRect().width);
const svgWidth = (element: Element): number =>
  Number(element.shadowRoot!.querySelector('svg.chart-svg')?.getAttribute('width') ?? 0);
const frames = (n: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => (left === 0 ? resolve() : void requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/** Counts the chart's drawings from now on: each one replaces what its canvas holds. */
function countDraws(element: InclusionChart): { readonly count: number } {
  const draws = { count: 0 };
  const canvas = element.shadowRoot!.querySelector('.canvas')!;
  new MutationObserver(() => (draws.count += 1)).observe(canvas, { childList: true });
  return draws;
}

function chartIn(parent: HTMLElement, type = 'column'): InclusionChart {
  const element = document.createElement('inclusion-chart');
  element.setAttribute('type', type);
  element.setAttribute('locale', 'ru');
  element.setAttribute('metric', 'placed,trained');
  element.feed = chartFeed();
  parent.append(element);
  return element;
}

describe('<inclusion-chart> follows its container', () => {
  afterEach(() => {
    removeCharts();
    document.querySelectorAll('.resize-box').forEach((node) => node.remove());
    clearFeedCache();
  });

  it('at 320 px: fills the width, keeps 12 px text, shortens labels and keeps full names in the marks', async () => {
    const element = await mountChart('column', { locale: 'kk', width: 320 });
    const width = svgWidth(element);
    expect(width).to.be.greaterThan(200).and.at.most(320);
    const svg = element.shadowRoot!.querySelector('svg.chart-svg')!;
    expect(svg.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    const ticks = [...svg.querySelectorAll('.axis text')].map((t) => t.textContent ?? '');
    // Upright or shortened category names; the full official names stay in the marks' names.
    expect(ticks).to.include.members(['Қарағанды', 'Түркістан']);
    expect(marks(element).map((m) => spaced(m.getAttribute('aria-label')))).to.include(
      'Қарағанды облысы, Жұмысқа орналастырылғандар: 358 адам',
    );
    for (const text of svg.querySelectorAll('text'))
      expect(Number.parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(12);
  });

  it('at 320 px and at 1000 px, a long line shows fewer period ticks when narrow', async () => {
    const narrow = await mountChart('line', { locale: 'ru', width: 320, feed: longSeriesFeed(2000), metric: 'daily' });
    const wide = await mountChart('line', { locale: 'ru', width: 1000, feed: longSeriesFeed(2000), metric: 'daily' });
    const count = (element: Element): number =>
      [...element.shadowRoot!.querySelectorAll('svg .axis text')].filter((t) => /\d{4}/.test(t.textContent ?? ''))
        .length;
    expect(svgWidth(wide)).to.be.greaterThan(900);
    expect(count(narrow)).to.be.at.least(2);
    expect(count(wide)).to.be.greaterThan(count(narrow));
    // Labels never run into each other.
    for (const element of [narrow, wide]) {
      const boxes = [...element.shadowRoot!.querySelectorAll('svg .axis text')]
        .filter((t) => /\d{4}/.test(t.textContent ?? ''))
        .map((t) => t.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.left).to.be.at.least(boxes[i - 1]!.right);
    }
  });

  it('redraws when its container changes width, once per frame however many changes arrive', async () => {
    const element = await mountChart('bar', { locale: 'ru', width: 800 });
    const draws = countDraws(element);
    const page = element.parentElement!;
    for (let i = 0; i < 30; i += 1) page.style.width = `${500 + i}px`; // a storm of layout changes in one task
    await frames(4);
    expect(draws.count).to.equal(1);
    expect(svgWidth(element)).to.equal(chartWidth(element));
    page.style.width = '1000px';
    await until(() => svgWidth(element) > 900 && svgWidth(element) === chartWidth(element));
    expect(draws.count).to.equal(2);
    // A redraw changes the drawing's height, never its width: no feedback loop.
    await frames(6);
    expect(draws.count).to.equal(2);
  });

  it('works as a flex item and as a grid item', async () => {
    const flex = document.createElement('div');
    flex.className = 'resize-box';
    flex.style.cssText = 'display:flex; gap:10px; width:900px';
    const side = document.createElement('div');
    side.style.cssText = 'flex: 0 0 200px';
    flex.append(side);
    const inFlex = chartIn(flex);
    document.body.append(flex);
    const grid = document.createElement('div');
    grid.className = 'resize-box';
    grid.style.cssText = 'display:grid; grid-template-columns: 1fr 1fr; gap:10px; width:900px';
    const inGrid = chartIn(grid, 'line');
    grid.append(document.createElement('div'));
    document.body.append(grid);
    await settled(inFlex);
    await settled(inGrid);
    expect(svgWidth(inFlex)).to.be.within(650, 690);
    expect(svgWidth(inGrid)).to.be.within(400, 445);
    flex.style.width = '500px';
    grid.style.width = '400px';
    await until(() => svgWidth(inFlex) < 300 && svgWidth(inGrid) < 200);
    expect(inFlex.getBoundingClientRect().right).to.be.at.most(flex.getBoundingClientRect().right + 0.5);
  });

  it("works inside another component's shadow root", async () => {
    const host = document.createElement('div');
    host.className = 'resize-box';
    host.style.width = '700px';
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('section');
    root.append(inner);
    const element = chartIn(inner, 'stacked');
    document.body.append(host);
    await settled(element);
    expect(svgWidth(element)).to.be.within(650, 700);
    host.style.width = '360px';
    await until(() => svgWidth(element) <= 360);
  });

  it('waits while hidden and draws when shown', async () => {
    const box = document.createElement('div');
    box.className = 'resize-box';
    box.style.display = 'none';
    const element = chartIn(box, 'donut');
    element.setAttribute('metric', 'kinds');
    document.body.append(box);
    await settled(element);
    await sleep(50);
    expect(element.shadowRoot!.querySelector('svg.chart-svg')).to.equal(null);
    box.style.display = 'block';
    await until(() => element.shadowRoot!.querySelector('svg.chart-svg') !== null);
    expect(marks(element)).to.have.length(4);
  });

  it('leaves no observer, listener or timer running after it is removed', async () => {
    const element = await mountChart('line', { locale: 'ru', width: 600 });
    const draws = countDraws(element);
    const page = element.parentElement!;
    element.remove();
    page.style.width = '300px';
    await frames(4);
    expect(draws.count).to.equal(0);
    // Put back, it follows its container again.
    page.append(element);
    page.style.width = '400px';
    await until(() => svgWidth(element) < 400 && svgWidth(element) === chartWidth(element));
  });
});
