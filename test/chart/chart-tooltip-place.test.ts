/**
 * Where the keyboard tooltip sits: inside the chart, and never over the name of the focused mark's
 * category (under a column; beside or above a bar), which is what the reader matches the value with.
 */
import { expect } from '@esm-bundle/chai';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { press } from '../a11y/keys.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { PEOPLE } from '../fixtures/units.mjs';
import { part } from '../support/dom.js';
import { chartFeed } from './chart-feeds.js';
import { mountChart, removeCharts, type ChartTypeName } from './chart-helpers.js';

const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

async function walk(
  type: ChartTypeName,
  metric: string,
  width: number,
  locale = 'ru',
): Promise<{ marks: number; problems: string[] }> {
  const element = await mountChart(type, { metric, width, locale });
  const chart = part(element, 'chart')!;
  chart.focus();
  await press('ArrowRight');
  const problems: string[] = [];
  const count = element.shadowRoot!.querySelectorAll('svg [role="listitem"]').length;
  for (let step = 0; step < count; step += 1) {
    if (step > 0) await press('ArrowRight');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const focused = element.shadowRoot!.activeElement as SVGElement | null;
    const col = focused?.getAttribute('data-col');
    const tip = element.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tip.hidden, `a tooltip for mark ${col}`).to.equal(false);
    const box = tip.getBoundingClientRect();
    const area = chart.getBoundingClientRect();
    if (
      box.left < area.left - 0.5 ||
      box.right > area.right + 0.5 ||
      box.top < area.top - 0.5 ||
      box.bottom > area.bottom + 0.5
    ) {
      problems.push(`mark ${col}: tooltip outside the chart`);
    }
    const name = chart.querySelector(`svg [data-label-col="${col}"]`);
    if (name && overlap(box, name.getBoundingClientRect()))
      problems.push(`mark ${col}: tooltip over "${name.textContent}"`);
  }
  return { marks: count, problems };
}

describe('<inclusion-chart> tooltip placement', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  it("keeps a column's tooltip inside the chart and off its category name, tall columns included", async () => {
    const { marks, problems } = await walk('column', 'placed', 360);
    expect(marks).to.equal(4);
    expect(problems).to.deep.equal([]);
  });

  it("keeps a bar's tooltip off its category name, with names beside the bars", async () => {
    const { problems } = await walk('bar', 'placed', 640);
    expect(problems).to.deep.equal([]);
  });

  it("keeps a bar's tooltip off its category name, with names above the bars on a phone", async () => {
    const { problems } = await walk('bar', 'kinds', 300, 'kk');
    expect(problems).to.deep.equal([]);
  });

  it('keeps long values beside narrow bars inside the chart', async () => {
    const feed = feedOf(
      [
        {
          id: 'a',
          label: { en: 'Young people in the city volunteer headquarters' },
          value: 8000,
          qualifier: 'more-than',
          unit: PEOPLE,
        },
        {
          id: 'b',
          label: { en: 'Young people trained under the JOLTAP project (since 2023)' },
          value: 23000,
          qualifier: 'more-than',
          unit: PEOPLE,
        },
      ],
      { id: 'wide-values', title: 'Values' },
    );
    const element = await mountChart('bar', { metric: 'a,b', width: 300, locale: 'en', feed });
    const svg = element.shadowRoot!.querySelector('svg.chart-svg')!.getBoundingClientRect();
    const values = [...element.shadowRoot!.querySelectorAll('svg .value-label')].map((v) => ({
      text: v.textContent,
      right: v.getBoundingClientRect().right,
    }));
    expect(values.map((v) => v.text)).to.deep.equal(['more than 8,000', 'more than 23,000']);
    for (const value of values) expect(value.right, value.text ?? '').to.be.at.most(svg.right + 0.5);
  });

  it('writes long category names above the bars on a narrow chart, whole where they fit', async () => {
    const feed = chartFeed();
    const element = await mountChart('bar', { metric: 'kinds', width: 300, locale: 'ru', feed });
    const names = [...element.shadowRoot!.querySelectorAll('svg [data-label-col]')].map((n) => n.textContent);
    expect(names).to.deep.equal(['Грант', 'Обучение', 'Субсидированное рабочее место', 'Другое']);
    const name = element.shadowRoot!.querySelector('svg [data-label-col="2"]')!.getBoundingClientRect();
    const bar = element.shadowRoot!.querySelector('svg [role="listitem"][data-col="2"]')!.getBoundingClientRect();
    expect(name.bottom, 'the name is above its bar').to.be.at.most(bar.top + 1);
  });
});
