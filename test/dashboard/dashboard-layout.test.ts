/**
 * A dashboard reads like a statistics page: what the metrics share is said once in its header, values of
 * tiles side by side sit on one line, small breakdowns are said rather than mapped, and figures counted
 * alike are compared in one chart.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/dashboard/define.js';
import type { InclusionDashboard } from '../../src/elements/dashboard/inclusion-dashboard.js';
import { dashboardPlan } from '../../src/elements/dashboard/dashboard-plan.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { GRANTS, PEOPLE, POSTS } from '../fixtures/units.mjs';
import { marks } from '../chart/chart-helpers.js';
import { cleanup, part, settled, textOf } from '../support/dom.js';

function feed(): Feed {
  return feedOf(
    [
      { id: 'placed', label: { ru: 'Трудоустроено', en: 'Placed', kk: 'Орналастырылды' }, value: 358, unit: PEOPLE },
      {
        id: 'public',
        label: {
          ru: 'Направлены на общественные работы в рамках региональной программы занятости',
          en: 'Referred to public works schemes under the regional employment programme',
          kk: 'Аймақтық жұмыспен қамту бағдарламасы аясында қоғамдық жұмыстарға жіберілді',
        },
        value: 290,
        unit: PEOPLE,
      },
      {
        id: 'social',
        label: { ru: 'Социальные места', en: 'Social jobs', kk: 'Әлеуметтік орындар' },
        value: 15,
        unit: PEOPLE,
      },
      { id: 'grants', label: { ru: 'Гранты', en: 'Grants', kk: 'Гранттар' }, value: 61, unit: GRANTS, period: '2024' },
      {
        id: 'living',
        label: { ru: 'Проживают в области', en: 'Living in the region', kk: 'Облыста тұрады' },
        value: 55000,
        qualifier: 'almost',
        unit: PEOPLE,
        breakdown: [{ key: 'KZ-35', value: 55000, qualifier: 'almost' }],
      },
      {
        id: 'posts',
        label: { ru: 'Публикации', en: 'Posts', kk: 'Жарияланымдар' },
        value: 20,
        qualifier: 'more-than',
        unit: POSTS,
      },
      {
        id: 'other-source',
        label: { ru: 'По данным другого ведомства', en: 'From another body', kk: 'Басқа мекеме деректері' },
        value: 11,
        unit: PEOPLE,
        source: { name: 'Other Body' },
      },
    ],
    {
      id: 'layout-test',
      title: { ru: 'Поддержка занятости', en: 'Employment support', kk: 'Жұмыспен қамтуды қолдау' },
      source: { name: 'Test Department', published: '2025-11-19' },
      period: '2025',
    },
  );
}

async function mount(width: number, locale = 'ru'): Promise<InclusionDashboard> {
  const page = document.createElement('div');
  page.className = 'dash-page';
  page.style.width = `${width}px`;
  const element = document.createElement('inclusion-dashboard');
  element.feed = feed();
  element.setAttribute('locale', locale);
  page.append(element);
  document.body.append(page);
  await settled(element);
  const widgets = [
    ...element.shadowRoot!.querySelectorAll<HTMLElement>('inclusion-kpi, inclusion-chart, inclusion-map'),
  ];
  await Promise.all(widgets.map((widget) => settled(widget)));
  return element;
}

const kpi = (element: InclusionDashboard, id: string): HTMLElement =>
  element.shadowRoot!.querySelector<HTMLElement>(`inclusion-kpi[metric="${id}"]`)!;
const spaced = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('<inclusion-dashboard> layout', () => {
  afterEach(() => {
    cleanup('div.dash-page');
    clearFeedCache();
  });

  it('states source, date and period once, and on a tile only what differs', async () => {
    const element = await mount(1000);
    const header = spaced(textOf(part(element, 'source')));
    expect(header).to.contain('Test Department');
    expect(header).to.contain('19 ноября 2025 г.');
    expect(header).to.contain('2025 г.');
    expect(part(kpi(element, 'placed'), 'source'), 'same source: not repeated').to.equal(null);
    expect(kpi(element, 'placed').shadowRoot!.querySelector('.period'), 'same period: not repeated').to.equal(null);
    expect(textOf(part(kpi(element, 'other-source'), 'source'))).to.contain('Other Body');
    expect(spaced(textOf(kpi(element, 'grants').shadowRoot!.querySelector('.period')))).to.equal('2024 г.');
  });

  it('names the source most figures share once, and says where a figure states none', async () => {
    const department = { name: 'Test Department' };
    const base = feed();
    const mixed: Feed = {
      version: 1,
      id: 'mixed',
      title: 'Mixed',
      metrics: [
        { ...base.metrics[0]!, source: department },
        { ...base.metrics[1]!, source: department },
        { ...base.metrics[2]!, source: department },
        { id: 'unsourced', label: { ru: 'Без источника' }, value: 2, unit: PEOPLE },
      ],
    };
    const page = document.createElement('div');
    page.className = 'dash-page';
    const element = document.createElement('inclusion-dashboard');
    element.feed = mixed;
    element.setAttribute('locale', 'ru');
    page.append(element);
    document.body.append(page);
    await settled(element);
    await Promise.all(
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('inclusion-kpi')].map((tile) => settled(tile)),
    );
    expect(textOf(part(element, 'source'))).to.contain('Test Department');
    expect(part(kpi(element, 'placed'), 'source')).to.equal(null);
    expect(textOf(part(kpi(element, 'unsourced'), 'source'))).to.equal('Источник не указан');
  });

  it('puts the values of tiles side by side on one line, whatever their labels', async () => {
    const element = await mount(1000);
    const top = (id: string): number => part(kpi(element, id), 'value')!.getBoundingClientRect().top;
    const lines = (id: string): number => {
      const range = document.createRange();
      range.selectNodeContents(part(kpi(element, id), 'label')!);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    expect(lines('public'), 'the long label takes more lines').to.be.greaterThan(lines('placed'));
    expect(Math.abs(top('public') - top('placed'))).to.be.lessThan(1);
    expect(Math.abs(top('social') - top('placed'))).to.be.lessThan(1);
  });

  it("never breaks a word of a value, even a long Kazakh one in a phone's tile", async () => {
    const element = await mount(300, 'kk');
    const value = part(kpi(element, 'posts'), 'value')!;
    const range = document.createRange();
    range.selectNodeContents(value);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    expect(spaced(textOf(value))).to.equal('20-дан астам жарияланым');
    expect(tops.size, 'on one line').to.equal(1);
  });

  it('never breaks a value between number and unit, even in a narrow tile', async () => {
    const element = await mount(320);
    for (const id of ['placed', 'public', 'living']) {
      const value = part(kpi(element, id), 'value')!;
      const range = document.createRange();
      range.selectNodeContents(value);
      const lines = [...range.getClientRects()].map((r) => Math.round(r.top));
      // The last line holds the number and its unit together.
      const text = spaced(textOf(value));
      expect(text, id).to.match(/\d человек$/);
      expect(value.scrollWidth, `${id} fits its tile`).to.be.at.most(value.clientWidth + 1);
      expect(new Set(lines).size, `${id}: ${text}`).to.be.at.most(2);
    }
  });

  it("lists a phone's tiles as rows, each value at the end of its label's last line or of the line below", async () => {
    const element = await mount(320);
    const box = (id: string, name: string): DOMRect => part(kpi(element, id), name)!.getBoundingClientRect();
    const lastLine = (id: string): DOMRect => {
      const range = document.createRange();
      range.selectNodeContents(part(kpi(element, id), 'label')!);
      return [...range.getClientRects()].at(-1)!;
    };
    const tileEnd = (id: string): number => {
      const tile = part(kpi(element, id), 'base')!;
      return tile.getBoundingClientRect().right - parseFloat(getComputedStyle(tile).paddingInlineEnd);
    };
    const middle = (id: string): number => (box(id, 'value').top + box(id, 'value').bottom) / 2;
    // "15 человек" fits beside "Социальные места": they share a line.
    expect(middle('social'), 'a short value beside its label').to.be.lessThan(lastLine('social').bottom);
    // "почти 55 000 человек" does not fit beside "Проживают в области": it takes the line below.
    expect(middle('living'), 'a long value under its label').to.be.greaterThan(lastLine('living').bottom);
    for (const id of ['social', 'living', 'public'])
      expect(Math.abs(box(id, 'value').right - tileEnd(id)), `${id}: the value ends the row`).to.be.lessThan(1);
    // Rows of one card: each tile starts where the one before it ends.
    const gap =
      kpi(element, 'public').getBoundingClientRect().top - kpi(element, 'placed').getBoundingClientRect().bottom;
    expect(Math.abs(gap), 'no space between rows').to.be.lessThan(1);

    // The same figure alone, at the same width, keeps its card: the value under the label, at the start.
    const alone = document.createElement('inclusion-kpi');
    alone.feed = feed();
    alone.setAttribute('metric', 'social');
    alone.setAttribute('locale', 'ru');
    element.parentElement!.append(alone);
    await settled(alone);
    const label = part(alone, 'label')!.getBoundingClientRect();
    const value = part(alone, 'value')!.getBoundingClientRect();
    expect(value.top, 'a tile on its own: value under the label').to.be.at.least(label.bottom - 1);
    expect(Math.abs(value.left - label.left), 'a tile on its own: value at the start').to.be.lessThan(1);
  });

  it('maps and charts every regional breakdown, a one-region one included', async () => {
    const element = await mount(1000);
    const map = element.shadowRoot!.querySelector('inclusion-map')!;
    expect(map.getAttribute('metric')).to.equal('living');
    const chart = element.shadowRoot!.querySelector<HTMLElement>('inclusion-chart[metric="living"]')!;
    expect(chart.getAttribute('type')).to.equal('bar');
    await settled(chart);
    expect(spaced(marks(chart)[0]?.getAttribute('aria-label') ?? '')).to.equal(
      'Карагандинская область: почти 55 000 человек',
    );
    const plan = dashboardPlan(
      {
        ...feed(),
        metrics: [
          {
            ...feed().metrics[4]!,
            breakdown: [
              { key: 'KZ-35', value: 1 },
              { key: 'KZ-71', value: 2 },
              { key: 'KZ-75', value: 3 },
            ],
          },
        ],
      },
      undefined,
    );
    expect(plan.maps.map((m) => m.id)).to.deep.equal(['living']);
  });

  it('compares metrics counted alike in one bar chart, and only those', async () => {
    const element = await mount(1000);
    const charts = [...element.shadowRoot!.querySelectorAll('inclusion-chart')].map(
      (c) => `${c.getAttribute('metric')}:${c.getAttribute('type')}`,
    );
    // Same unit, format, source and period: placed, public, social. Grants differ in unit and period;
    // the other body's figure in source; the regional figure has a breakdown of its own.
    expect(charts).to.deep.equal(['living:bar', 'placed,public,social:bar']);
    const chart = element.shadowRoot!.querySelector('inclusion-chart[metric="placed,public,social"]')!;
    expect(chart.getAttribute('state')).to.equal('ready');
    expect(chart.shadowRoot!.querySelectorAll('svg [role="listitem"]').length).to.equal(3);
  });
});
