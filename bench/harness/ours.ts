/**
 * inclusion-widgets in the bench: the shipped script tag (dist/inclusion-widgets.js, the loader, loaded at
 * run time, so the page downloads exactly what a site would), fed the same data as the peers.
 *
 * Like every peer's page, a chart scenario's page has its library loaded before the timer starts: the chart
 * element is defined (the loader's `load()`) and its drawing chunk fetched with the public
 * `InclusionChart.preload()` (`?preload`). The `ours-cold` row and the scenarios without charts skip that,
 * so a first chart waits for the element's code and the drawing chunk, as on a page that never preloads,
 * and a page of tiles downloads no chart code.
 */
import type { Feed } from '../../src/feed/schema.js';
import type { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';

// A variable specifier: esbuild leaves it to the browser, which fetches the built bundle and its chunks.
// `?dist=` names another build (the bench's `--base`).
const BUNDLE = `${new URLSearchParams(location.search).get('dist') ?? '/dist'}/inclusion-widgets.js`;
const { load } = (await import(/* @vite-ignore */ BUNDLE)) as { load(tag: string): Promise<void> };
if (new URLSearchParams(location.search).has('preload')) {
  await load('inclusion-chart');
  const Chart = customElements.get('inclusion-chart') as typeof InclusionChart;
  await Chart.preload(['column', 'line', 'bar']);
}
import { BAR_6, container, line10k, painted, type Scenario } from './data.js';

type Widget = HTMLElement & { feed?: unknown };

function feedFor(scenario: Scenario): Feed {
  const metric =
    scenario === 'line-10k'
      ? {
          id: 'm',
          label: 'Daily figure',
          value: 0,
          series: line10k().map((p) => ({ period: p.period, value: p.value })),
        }
      : { id: 'm', label: 'By region', value: 1265, breakdown: BAR_6.map((d) => ({ key: d.key, value: d.value })) };
  return { version: 1, id: `bench-${scenario}`, title: 'Bench', metrics: [metric] };
}

/**
 * Resolves as soon as every element says `ready` (or `error`), seen by a MutationObserver: polling once a
 * frame, as this harness used to, added up to a frame (~17 ms) that no peer's page waits, since theirs
 * draw synchronously and go straight to `painted()`.
 */
function settled(elements: Widget[]): Promise<void> {
  const done = (): boolean =>
    elements.every((e) => e.getAttribute('state') === 'ready' || e.getAttribute('state') === 'error');
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    for (const element of elements) observer.observe(element, { attributes: true, attributeFilter: ['state'] });
  });
}

async function charts(scenario: Scenario): Promise<void> {
  const count = scenario === 'many-50' || scenario === 'one-by-one-50' ? 50 : 1;
  const feed = feedFor(scenario);
  const elements: Widget[] = [];
  for (let i = 0; i < count; i += 1) {
    const chart = document.createElement('inclusion-chart') as Widget;
    chart.setAttribute('type', scenario === 'line-10k' ? 'line' : 'column');
    chart.setAttribute('locale', 'en');
    chart.feed = feed;
    container().append(chart);
    elements.push(chart);
    if (scenario === 'one-by-one-50') await settled([chart]);
  }
  await settled(elements);
  // Honesty check: `state="ready"` must mean the chart is drawn, not only that its feed arrived.
  if (elements.some((e) => !e.shadowRoot?.querySelector('svg.chart-svg')))
    throw new Error('a chart reported ready before it was drawn');
  await painted();
}

async function kpi100(src: string): Promise<void> {
  const tiles = Array.from({ length: 100 }, (_, i) => {
    const tile = document.createElement('inclusion-kpi') as Widget;
    tile.setAttribute('src', src);
    tile.setAttribute('locale', ['kk', 'ru', 'en'][i % 3]!);
    document.getElementById('stage')!.append(tile);
    return tile;
  });
  await settled(tiles);
  await painted();
}

async function dashboard(src: string): Promise<void> {
  const element = document.createElement('inclusion-dashboard') as Widget;
  element.setAttribute('src', src);
  element.setAttribute('locale', 'ru');
  document.getElementById('stage')!.append(element);
  await settled([element]);
  const children = [...element.shadowRoot!.querySelectorAll<Widget>('inclusion-kpi, inclusion-map, inclusion-chart')];
  await settled(children.filter((c) => customElements.get(c.localName)));
  await painted();
}

/** Reliability group F: 200 widgets of every kind on one page, all on one feed. */
async function page200(src: string): Promise<void> {
  const kinds = ['inclusion-kpi', 'inclusion-kpi', 'inclusion-table', 'inclusion-map', 'inclusion-chart'];
  const widgets = Array.from({ length: 200 }, (_, i) => {
    const widget = document.createElement(kinds[i % kinds.length]!) as Widget;
    widget.setAttribute('src', src);
    widget.setAttribute('locale', ['kk', 'ru', 'en'][i % 3]!);
    if (widget.localName === 'inclusion-map' || widget.localName === 'inclusion-chart')
      widget.setAttribute('metric', 'people-with-disability');
    document.getElementById('stage')!.append(widget);
    return widget;
  });
  await settled(widgets);
  await painted();
}

/** Reliability group F: a breakdown of 5 000 categories as a bar chart. */
async function categories5k(): Promise<void> {
  const chart = document.createElement('inclusion-chart') as Widget;
  chart.setAttribute('type', 'bar');
  chart.setAttribute('locale', 'ru');
  chart.feed = {
    version: 1,
    id: 'bench-5k',
    title: 'Bench',
    metrics: [
      {
        id: 'm',
        label: 'Categories',
        value: 0,
        breakdown: Array.from({ length: 5000 }, (_, i) => ({
          key: `c${i}`,
          label: `Category ${i}`,
          value: (i * 7919) % 1000,
        })),
      },
    ],
  };
  container(640, 360).append(chart);
  await settled([chart]);
  await painted();
}

async function mount300(src: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    const tile = document.createElement('inclusion-kpi') as Widget;
    tile.setAttribute('src', src);
    document.getElementById('stage')!.append(tile);
    await settled([tile]);
    tile.remove();
  }
}

(window as unknown as { bench: unknown }).bench = {
  async run(scenario: string, src: string): Promise<void> {
    if (scenario === 'kpi-100') return kpi100(src);
    if (scenario === 'dashboard') return dashboard(src);
    if (scenario === 'mount-300') return mount300(src);
    if (scenario === 'page-200') return page200(src);
    if (scenario === 'categories-5k') return categories5k();
    return charts(scenario as Scenario);
  },
};
