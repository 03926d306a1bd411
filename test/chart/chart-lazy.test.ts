/**
 * Plot and d3 are fetched the first time a chart is drawn, never before: a KPI-only page
 * loads no chart code. This file runs in a page of its own, so its module graph starts empty.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import { mountElement } from '../support/dom.js';
import { loaded } from '../support/resources.js';
import { chartFeed } from './chart-feeds.js';

const PLOT = /@observablehq\/plot|\/d3-(?!shape)[a-z-]+\/|\/d3\/|render-plot/;
const SHAPE = /\/d3-shape\/|render-donut/;

/** Follows the static `import … from` edges (not `import()`) of a module served by the dev server. */
async function staticGraph(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [new URL(entry, location.href).href];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const source = await (await fetch(url)).text();
    for (const match of source.matchAll(
      /(?:^|[;\n])\s*(?:import|export)\s[^'"()]*?from\s*['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g,
    )) {
      const specifier = match[1] ?? match[2]!;
      queue.push(new URL(specifier, url).href);
    }
  }
  return seen;
}

describe('lazy drawing code', () => {
  it('a page with KPI tiles and the chart element defined has fetched no Plot and no d3', async () => {
    const tile = await mountElement('inclusion-kpi', {}, chartFeed());
    await import('../../src/elements/chart/define.js');
    expect(customElements.get('inclusion-chart')).to.be.a('function');
    expect(loaded(PLOT), 'Plot before any chart').to.deep.equal([]);
    expect(loaded(SHAPE), 'd3-shape before any donut').to.deep.equal([]);
    tile.remove();
  });

  it('the element module has no static path to Plot or d3', async () => {
    const graph = [...(await staticGraph('/src/elements/chart/define.ts'))];
    expect(graph.some((url) => url.includes('inclusion-chart'))).to.equal(true);
    expect(graph.filter((url) => PLOT.test(url) || SHAPE.test(url))).to.deep.equal([]);
    const kpi = [...(await staticGraph('/src/elements/kpi/define.ts'))];
    expect(kpi.filter((url) => url.includes('/chart/'))).to.deep.equal([]);
  });

  it('fetches Plot for the first axis chart and d3-shape only for a donut', async () => {
    const column = await mountElement('inclusion-chart', { type: 'column' }, chartFeed());
    expect(column.shadowRoot!.querySelector('svg.chart-svg')).to.not.equal(null);
    expect(loaded(/@observablehq\/plot/).length).to.be.greaterThan(0);
    expect(loaded(/render-donut/)).to.deep.equal([]);
    const donut = await mountElement('inclusion-chart', { type: 'donut', metric: 'kinds' }, chartFeed());
    expect(loaded(/render-donut/).length).to.equal(1);
    column.remove();
    donut.remove();
  });
});
