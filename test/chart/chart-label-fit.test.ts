/**
 * Bar charts in a 320 px page, measured with the browser's own fonts: every name and value lies inside the
 * drawing, a name is whole (in one or two lines) or visibly shortened with "…", and a value is never cut.
 * Drawn from the seed feeds' breakdowns and comparisons, the CSP check's feed, and long names of our own.
 */
import { expect } from '@esm-bundle/chai';
import { chartView } from '../../src/elements/chart/chart-view.js';
import { dashboardPlan } from '../../src/elements/dashboard/dashboard-plan.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { Feed, Metric } from '../../src/feed/schema.js';
import type { Locale } from '../../src/i18n/locale.js';
import { chartFeed, longNamesFeed } from './chart-feeds.js';
import { mountChart, removeCharts, spaced } from './chart-helpers.js';

const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

async function fetchFeed(path: string): Promise<Feed> {
  return (await (await fetch(path)).json()) as Feed;
}

/** The seeds, the CSP feed and the test feeds, each with the bar charts a page would show of it. */
async function barCharts(): Promise<{ name: string; feed: Feed; metrics: readonly Metric[] }[]> {
  const index = (await (await fetch('/data/index.json')).json()) as { file: string }[];
  const feeds = [
    ...(await Promise.all(index.map(async ({ file }) => ({ name: file, feed: await fetchFeed(`/data/${file}`) })))),
    { name: 'csp feed', feed: await fetchFeed('/test/csp/feed.json') },
    { name: 'test feed', feed: chartFeed() },
    { name: 'long names', feed: longNamesFeed() },
  ];
  return feeds.flatMap(({ name, feed }) => [
    ...dashboardPlan(feed, null)
      .charts.filter((chart) => chart.type === 'bar')
      .map((chart) => ({ name, feed, metrics: chart.metrics })),
    ...feed.metrics
      .filter((metric) => (metric.breakdown?.length ?? 0) >= 2)
      .map((metric) => ({ name, feed, metrics: [metric] })),
  ]);
}

/** A text's words as drawn: its lines joined by a space. */
const drawnText = (text: Element): string =>
  spaced(text.children.length > 0 ? [...text.children].map((line) => line.textContent).join(' ') : text.textContent);

describe('bar chart labels at 320 px', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  it('finds bar charts to check in every kind of feed', async () => {
    const names = new Set((await barCharts()).map((chart) => chart.name));
    expect([...names]).to.include.members(['csp feed', 'test feed', 'long names']);
    expect(names.size, 'seed feeds with a bar chart too').to.be.greaterThan(4);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every name and value lies inside the drawing, whole or shortened with "…"`, async () => {
      for (const { name, feed, metrics } of await barCharts()) {
        const element = await mountChart('bar', {
          locale,
          width: 320,
          feed,
          metric: metrics.map((m) => m.id).join(','),
        });
        const where = `${name} (${metrics.map((m) => m.id).join(',')})`;
        const svg = element.shadowRoot!.querySelector('svg.chart-svg')!;
        const box = svg.getBoundingClientRect();
        expect(box.width, where).to.be.at.most(320);
        for (const text of svg.querySelectorAll('text')) {
          const drawn = text.getBoundingClientRect();
          const inside =
            drawn.left >= box.left - 0.5 &&
            drawn.right <= box.right + 0.5 &&
            drawn.top >= box.top - 0.5 &&
            drawn.bottom <= box.bottom + 0.5;
          expect(inside, `${where}: "${drawnText(text)}" inside the drawing`).to.equal(true);
        }
        const view = chartView(feed, metrics, 'bar', locale);
        for (const label of svg.querySelectorAll('[data-label-col]')) {
          const full = view.categories[Number(label.getAttribute('data-label-col'))]!.short;
          const words = drawnText(label);
          if (words !== full) {
            expect(words, `${where}: "${full}" shortened with a sign`).to.match(/…$/);
            expect(full.replace(/\s+/g, ' ').startsWith(words.slice(0, -1).trimEnd()), `${where}: ${words}`).to.equal(
              true,
            );
          }
        }
        const values = new Set(view.series.flatMap((series) => series.points.map((point) => spaced(point.short))));
        for (const value of svg.querySelectorAll('.value-label text'))
          expect(values.has(drawnText(value)), `${where}: value "${drawnText(value)}" whole`).to.equal(true);
        removeCharts();
      }
    });
  }

  it('breaks a long name into two lines above its bar rather than cutting it', async () => {
    const feed = longNamesFeed();
    const element = await mountChart('bar', { locale: 'ru', width: 320, feed, metric: 'support' });
    const name = element.shadowRoot!.querySelector('svg [data-label-col="0"]')!;
    expect(name.querySelectorAll('tspan')).to.have.length(2);
    expect(drawnText(name)).to.equal('Люди с инвалидностью, трудоустроенные на вакантные рабочие места');
  });
});

describe('column chart names', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  /** The names under the columns of `metric` (of the long-names feed) in `locale` at `width` px. */
  async function columnNames(locale: Locale, width: number, metric: string): Promise<Element[]> {
    const element = await mountChart('column', { locale, width, feed: longNamesFeed(), metric });
    const svg = element.shadowRoot!.querySelector('svg.chart-svg')!;
    const box = svg.getBoundingClientRect();
    const view = chartView(longNamesFeed(), [longNamesFeed().metrics.find((m) => m.id === metric)!], 'column', locale);
    const names = [...svg.querySelectorAll('[data-label-col]')];
    for (const name of names) {
      const drawn = name.getBoundingClientRect();
      const where = `${locale}, ${width} px, ${metric}: "${drawnText(name)}"`;
      expect(drawn.left >= box.left - 0.5 && drawn.right <= box.right + 0.5, `${where} inside`).to.equal(true);
      expect(drawn.bottom <= box.bottom + 0.5, `${where} inside`).to.equal(true);
      const full = view.categories[Number(name.getAttribute('data-label-col'))]!.short.replace(/\s+/g, ' ');
      const words = drawnText(name);
      if (words !== full) {
        expect(words, `${where}: shortened with a sign`).to.match(/…$/);
        expect(full.startsWith(words.slice(0, -1).trimEnd()), where).to.equal(true);
      }
    }
    return names;
  }

  for (const locale of LOCALES)
    for (const width of [320, 1000])
      it(`${locale}, ${width} px: every name lies inside the drawing, whole or shortened with "…"`, async () => {
        for (const metric of ['support', 'by-region', 'change']) {
          await columnNames(locale, width, metric);
          removeCharts();
        }
      });

  it('turns long names upright in two lines before it cuts them, as bar names break', async () => {
    for (const locale of LOCALES)
      for (const width of [320, 1000]) {
        const [first] = await columnNames(locale, width, 'support');
        expect(first!.getAttribute('transform')).to.contain('rotate');
        expect(first!.querySelectorAll('tspan'), `${locale}, ${width} px`).to.have.length(2);
        // Each line within the room an upright name has.
        for (const line of first!.querySelectorAll('tspan'))
          expect((line as SVGTextContentElement).getComputedTextLength()).to.be.at.most(110.5);
        removeCharts();
      }
  });
});
