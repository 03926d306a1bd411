import { expect } from '@esm-bundle/chai';
import '../../src/elements/dashboard/define.js';
import type { InclusionDashboard } from '../../src/elements/dashboard/inclusion-dashboard.js';
import { chartTypeFor, dashboardPlan } from '../../src/elements/dashboard/dashboard-plan.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { yearly } from '../fixtures/figures.mjs';
import { byRegion } from '../fixtures/regions.mjs';
import { axeFindings } from '../support/axe.js';
import { cleanup, part, settled, sleep, textOf } from '../support/dom.js';

/** Written for this test: a series, a category breakdown, a regional breakdown and a plain figure. */
function feed(): Feed {
  return feedOf(
    [
      {
        id: 'jobs',
        label: { ru: 'Рабочие места', en: 'Jobs', kk: 'Жұмыс орындары' },
        value: 219,
        series: yearly(2022, [100, 150, 190, 219]),
      },
      {
        id: 'by-region',
        label: { ru: 'По регионам', en: 'By region', kk: 'Өңірлер бойынша' },
        value: 500,
        breakdown: byRegion({ 'KZ-35': 300, 'KZ-71': 200, 'KZ-61': 100 }),
      },
      {
        id: 'by-group',
        label: { ru: 'По группам', en: 'By group', kk: 'Топтар бойынша' },
        value: 90,
        breakdown: [
          { key: 'g1', value: 40, label: 'I' },
          { key: 'g2', value: 50, label: 'II' },
        ],
      },
      { id: 'grants', label: { ru: 'Гранты', en: 'Grants', kk: 'Гранттар' }, value: 61, qualifier: 'more-than' },
    ],
    {
      id: 'dashboard-test',
      title: { kk: 'Әлеуметтік қолдау', ru: 'Социальная поддержка', en: 'Social support' },
      description: { ru: 'Тестовая лента для проверки панели.', en: 'A test feed for the dashboard.' },
      source: { name: 'Test Ministry', published: '2025-06-30' },
      period: '2025-Q2',
    },
  );
}

async function dashboard(attributes: Record<string, string>, withFeed = true): Promise<InclusionDashboard> {
  const element = document.createElement('inclusion-dashboard');
  if (withFeed) element.feed = feed();
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  return element;
}

const inside = (element: InclusionDashboard, selector: string): HTMLElement[] => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

describe('<inclusion-dashboard>', () => {
  afterEach(() => {
    cleanup('inclusion-dashboard');
    clearFeedCache();
  });

  it('plans a tile per metric, a chart per series or breakdown, a map per regional breakdown', () => {
    const plan = dashboardPlan(feed(), undefined);
    expect(plan.metrics.map((m) => m.id)).to.deep.equal(['jobs', 'by-region', 'by-group', 'grants']);
    expect(plan.charts.map((c) => `${c.metrics.map((m) => m.id).join('+')}:${c.type}`)).to.deep.equal([
      'jobs:line',
      'by-region:bar',
      'by-group:bar',
    ]);
    expect(plan.maps.map((m) => m.id)).to.deep.equal(['by-region']);
    expect(dashboardPlan(feed(), 'grants, jobs').metrics.map((m) => m.id)).to.deep.equal(['grants', 'jobs']);
    expect(dashboardPlan(feed(), 'jobs', 'area').charts.map((c) => c.type)).to.deep.equal(['area']);
    expect(dashboardPlan(feed(), 'jobs,nope').unknown).to.deep.equal(['nope']);
    expect(
      chartTypeFor({
        id: 'x',
        label: 'x',
        value: 1,
        series: [
          { period: '2024', value: 1 },
          { period: '2025', value: 2 },
        ],
      }),
    ).to.equal('column');
  });

  it('shows title, source, period and every metric as a tile, with its map', async () => {
    const element = await dashboard({ locale: 'ru' });
    expect(textOf(part(element, 'title'))).to.equal('Социальная поддержка');
    expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('2');
    const meta = textOf(part(element, 'source')).replace(/\u00a0/g, ' ');
    expect(meta).to.contain('Test Ministry');
    expect(meta).to.contain('30 июня 2025 г.');
    expect(meta).to.contain('II квартал 2025 г.');
    const tiles = inside(element, 'inclusion-kpi');
    expect(tiles.map((t) => t.getAttribute('metric'))).to.deep.equal(['jobs', 'by-region', 'by-group', 'grants']);
    await Promise.all(tiles.map((t) => settled(t)));
    expect(tiles.every((t) => t.getAttribute('state') === 'ready')).to.equal(true);
    expect(textOf(tiles[3]!.shadowRoot!.querySelector('[part="value"]'))).to.equal('более 61');
    expect(inside(element, 'inclusion-map').map((m) => m.getAttribute('metric'))).to.deep.equal(['by-region']);
    expect(
      inside(element, 'inclusion-chart').map((c) => `${c.getAttribute('metric')}:${c.getAttribute('type')}`),
    ).to.deep.equal(['jobs:line', 'by-region:bar', 'by-group:bar']);
  });

  it('makes one request for itself and all its widgets, and lends its feed to elements placed inside', async () => {
    const name = `dash-${Date.now()}`;
    const element = document.createElement('inclusion-dashboard');
    element.setAttribute('src', `/__test__/feed/${name}`);
    element.setAttribute('locale', 'en');
    const extra = document.createElement('inclusion-kpi');
    extra.setAttribute('metric', 'people');
    element.append(extra);
    document.body.append(element);
    await settled(element);
    await settled(extra);
    await sleep(50);
    expect(extra.getAttribute('state')).to.equal('ready');
    expect(textOf(extra.shadowRoot!.querySelector('[part="value"]')).replace(/\u00a0/g, ' ')).to.equal(
      'more than 1,120',
    );
    expect(await (await fetch(`/__test__/count/${name}`)).json()).to.equal(1);
  });

  it('sends one load event to the page, not one per widget', async () => {
    const loads: EventTarget[] = [];
    const listener = (event: Event): void => {
      loads.push(event.composedPath()[0]!);
    };
    document.addEventListener('inclusion-load', listener);
    const element = await dashboard({ locale: 'kk' });
    await Promise.all(inside(element, 'inclusion-kpi, inclusion-map').map((w) => settled(w)));
    await sleep(50);
    document.removeEventListener('inclusion-load', listener);
    expect(loads).to.deep.equal([element]);
  });

  // `metric` is the attribute every element shares; on a dashboard it works as `metrics` does.
  for (const attribute of ['metrics', 'metric']) {
    it(`reports unknown metric ids in \`${attribute}\` as a metric error`, async () => {
      const element = document.createElement('inclusion-dashboard');
      element.feed = feed();
      element.setAttribute(attribute, 'jobs,missing');
      const error = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('inclusion-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      document.body.append(element);
      expect((await error).detail.kind).to.equal('metric');
      await settled(element);
      expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
    });
  }

  it('shows only the metric that `metric` names, and `metrics` wins over it', async () => {
    const one = await dashboard({ locale: 'en', metric: 'grants' });
    expect(inside(one, 'inclusion-kpi').map((t) => t.getAttribute('metric'))).to.deep.equal(['grants']);
    const both = await dashboard({ locale: 'en', metric: 'grants', metrics: 'jobs,grants' });
    expect(inside(both, 'inclusion-kpi').map((t) => t.getAttribute('metric'))).to.deep.equal(['jobs', 'grants']);
  });

  for (const locale of ['kk', 'ru', 'en']) {
    it(`passes axe (zero violations, zero incomplete) in ${locale}`, async () => {
      const element = await dashboard({ locale });
      await Promise.all(inside(element, 'inclusion-kpi, inclusion-map').map((w) => settled(w)));
      const findings = await axeFindings(element);
      expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
      expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
    });
  }
});
