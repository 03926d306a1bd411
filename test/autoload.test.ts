/**
 * dist/inclusion-widgets.js as a page uses it: a loader that defines each element when it first appears,
 * and loses nothing set on an element before its code arrived. Runs against the build (`npm run build`).
 * The tests share one page and one loader, in order: what is defined depends on what came before.
 */
import { expect } from '@esm-bundle/chai';
import type { InclusionChart } from '../src/elements/chart/inclusion-chart.js';
import { part, settled, textOf } from './support/dom.js';
import { grantsFeed } from './fixtures/feeds.mjs';
import { errorMessages } from '../src/i18n/error-messages.js';
import { ELEMENT_TAGS } from './fixtures/elements.mjs';
import { chartFeed } from './chart/chart-feeds.js';

type Loader = typeof import('../src/autoload.js');
// A variable specifier: the built file is fetched by the browser, not resolved by the type checker.
const LOADER = '/dist/inclusion-widgets.js';
const loadLoader = (): Promise<Loader> => import(/* @vite-ignore */ LOADER) as Promise<Loader>;

/** The scripts the page has fetched from dist/, by file name. */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'))
    .map((path) => path.slice('/dist/'.length));

const until = async (condition: () => boolean, ms = 5000): Promise<void> => {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** A tile (not in the page yet) showing `metric` of the grants feed in Russian. */
function russianTile(metric: string): HTMLElement {
  const tile = document.createElement('inclusion-kpi') as HTMLElement & { feed?: unknown };
  tile.className = 'autoload-test';
  tile.setAttribute('locale', 'ru');
  tile.setAttribute('metric', metric);
  tile.feed = grantsFeed();
  return tile;
}

describe('dist/inclusion-widgets.js (the loader)', () => {
  let loader: Loader;
  before(async () => {
    loader = await loadLoader();
  });
  after(() => document.querySelectorAll('.autoload-test').forEach((node) => node.remove()));

  it('defines nothing and loads no element code while no element is in the page', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const tag of ELEMENT_TAGS) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(fetched()).to.deep.equal(['inclusion-widgets.js']);
  });

  it('defines a KPI tile when one is added, loading the tile and what it shares, and no other element', async () => {
    const tile = document.createElement('inclusion-kpi');
    tile.className = 'autoload-test';
    tile.setAttribute('locale', 'en');
    tile.setAttribute('src', '/__test__/feed/bundle-test');
    document.body.append(tile);
    await customElements.whenDefined('inclusion-kpi');
    await settled(tile);
    expect(textOf(tile.shadowRoot!.querySelector('[part="value"]')).replace(/\u00a0/g, ' ')).to.equal(
      'more than 1,120',
    );
    expect(customElements.get('inclusion-chart')).to.equal(undefined);
    const files = fetched();
    expect(files.length, "the loader and the tile's chunks").to.be.above(1);
    expect(files.filter((file) => /^(chart|map|table|dashboard)\.js$|render-plot/.test(file))).to.deep.equal([]);
    // A valid feed, no `refresh`, no server-rendered markup, a plain figure with no change, target or trend,
    // no error: none of the code kept for those is fetched.
    expect(files.filter((file) => /judge|refresh|hydrate|kpi-extras|error-views/.test(file))).to.deep.equal([]);
  });

  it("shows a tile's change, target and trend once their code arrives, and is ready only then", async () => {
    const tile = russianTile('grants');
    const optionalParts = (): string[] => ['delta', 'target', 'sparkline'].filter((name) => part(tile, name) !== null);
    const atReady: string[][] = [];
    const states = new MutationObserver(() => {
      if (tile.getAttribute('state') === 'ready') atReady.push(optionalParts());
    });
    states.observe(tile, { attributes: true, attributeFilter: ['state'] });
    const atLoad = new Promise<string[]>((resolve) =>
      tile.addEventListener('inclusion-load', () => resolve(optionalParts()), { once: true }),
    );
    document.body.append(tile);
    expect(await atLoad, 'on screen when inclusion-load fires').to.deep.equal(['delta', 'target', 'sparkline']);
    await settled(tile, ['ready']);
    states.disconnect();
    expect(atReady.length, 'the tile became ready').to.be.above(0);
    for (const shown of atReady) expect(shown, 'on screen when the tile is ready').to.have.length(3);
    expect(textOf(part(tile, 'delta'))).to.contain('чем в 2024 году');
    expect(fetched().filter((file) => /kpi-extras/.test(file))).to.have.length.above(0);
  });

  it('an error: the event and the warning at once, the localized sentence once its words arrive', async () => {
    const tile = russianTile('no-such-metric');
    const error = new Promise<CustomEvent<{ kind: string; message: string }>>((resolve) =>
      tile.addEventListener('inclusion-error', (event) => resolve(event as CustomEvent), { once: true }),
    );
    document.body.append(tile);
    const { detail } = await error;
    expect(detail.kind).to.equal('metric');
    expect(detail.message).to.contain('no-such-metric');
    await settled(tile, ['error']);
    const alert = part(tile, 'error');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(textOf(alert)).to.equal(errorMessages('ru').errors.metric);
    expect(fetched().filter((file) => /error-views/.test(file))).to.have.length.above(0);
  });

  it('keeps the feed property, attributes and listeners set on a chart before its code arrived', async () => {
    expect(customElements.get('inclusion-chart'), 'not defined yet').to.equal(undefined);
    const chart = document.createElement('inclusion-chart') as InclusionChart;
    chart.className = 'autoload-test';
    chart.feed = chartFeed();
    chart.setAttribute('type', 'column');
    chart.setAttribute('metric', 'placed');
    chart.setAttribute('locale', 'en');
    const heard: string[] = [];
    chart.addEventListener('inclusion-load', (event) => heard.push(event.type));
    document.body.append(chart);
    await customElements.whenDefined('inclusion-chart');
    await settled(chart);
    expect(chart.getAttribute('state')).to.equal('ready');
    expect(textOf(chart.shadowRoot!.querySelector('#title'))).to.equal('People placed');
    expect(chart.shadowRoot!.querySelectorAll('svg.chart-svg [role="listitem"]')).to.have.length(4);
    await until(() => heard.length > 0);
    expect(heard).to.deep.equal(['inclusion-load']);
    expect(chart.type).to.equal('column');
  });

  it('finds elements inside a shadow root handed to observe(), and elements added to it later', async () => {
    const host = document.createElement('div');
    host.className = 'autoload-test';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    loader.observe(root);
    const table = document.createElement('inclusion-table');
    table.setAttribute('locale', 'en');
    (table as HTMLElement & { feed?: unknown }).feed = chartFeed();
    root.append(table);
    await customElements.whenDefined('inclusion-table');
    await settled(table);
    expect(table.shadowRoot!.querySelector('table')).to.not.equal(null);
  });

  it('validateFeed answers as the elements do, loading the checking code on first use', async () => {
    const feed = chartFeed();
    expect((await loader.validateFeed(feed)).id).to.equal(feed.id);
    const rejected = await loader.validateFeed({ version: 2 }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(rejected).to.be.instanceOf(Error);
    expect((rejected as { kind?: string }).kind).to.equal('schema');
  });
});
