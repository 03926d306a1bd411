/**
 * dist/inclusion-widgets.js as a page uses it: a loader that defines each element when it first appears,
 * and loses nothing set on an element before its code arrived. Runs against the build (`npm run build`).
 * The tests share one page and one loader, in order: what is defined depends on what came before.
 */
import { expect } from '@esm-bundle/chai';
import type { InclusionChart } from '../src/elements/chart/inclusion-chart.js';
import { settled, textOf } from './support/dom.js';
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
    // A valid feed, no `refresh`, no server-rendered markup: none of the code kept for those is fetched.
    expect(files.filter((file) => /judge|refresh|hydrate/.test(file))).to.deep.equal([]);
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
