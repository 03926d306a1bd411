/**
 * `InclusionChart.preload(types)`: a page can fetch the drawing code before its first chart appears.
 * This file runs in a page of its own, so its module graph starts empty.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/chart/define.js';
import { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';
import { settled } from '../support/dom.js';
import { chartFeed } from './chart-feeds.js';

performance.setResourceTimingBufferSize(100_000);

const loaded = (pattern: RegExp): string[] =>
  performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => pattern.test(name));

describe('InclusionChart.preload', () => {
  it('loads only the renderers asked for, and resolves once they are ready', async () => {
    expect(loaded(/render-(plot|donut)/)).to.deep.equal([]);
    await InclusionChart.preload(['donut']);
    expect(loaded(/render-donut/).length).to.equal(1);
    expect(loaded(/@observablehq\/plot|render-plot/), 'no Plot for a donut').to.deep.equal([]);
    await InclusionChart.preload(['line', 'column']);
    expect(loaded(/render-plot/).length).to.equal(1);
  });

  it('a chart after a preload draws with the code already there', async () => {
    const before = loaded(/./).length;
    const chart = document.createElement('inclusion-chart');
    chart.setAttribute('type', 'column');
    chart.feed = chartFeed();
    document.body.append(chart);
    await settled(chart);
    expect(chart.shadowRoot!.querySelector('svg.chart-svg')).to.not.equal(null);
    expect(loaded(/./).slice(before).filter((name) => /render-|@observablehq|\/d3-/.test(name))).to.deep.equal([]);
    chart.remove();
  });
});
