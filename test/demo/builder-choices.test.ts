/** What the embed builder offers for a metric: only the elements and chart types its data can draw. */
import { expect } from '@esm-bundle/chai';
import { chartTypesFor, metricsFor } from '../../demo/builder-choices.js';
import type { Feed, Metric } from '../../src/feed/schema.js';

const metric = (id: string, extra: Partial<Metric> = {}): Metric => ({ id, label: id, value: 1, ...extra });
const series = (...values: (number | null)[]): Metric['series'] =>
  values.map((value, index) => ({ period: String(2020 + index), value }));

describe('embed builder choices', () => {
  it('offers a line or an area only for a series of two figures or more, a donut only for two shares or more', () => {
    expect(chartTypesFor(metric('single'))).to.deep.equal([]);
    expect(chartTypesFor(metric('one-point', { series: series(5) }))).to.deep.equal(['column']);
    expect(chartTypesFor(metric('gap', { series: series(5, null) }))).to.deep.equal(['column']);
    expect(chartTypesFor(metric('trend', { series: series(5, 6, 7) }))).to.deep.equal(['line', 'area', 'column']);
    expect(chartTypesFor(metric('one-region', { breakdown: [{ key: 'KZ-35', value: 5 }] }))).to.deep.equal([
      'bar',
      'column',
    ]);
    const regions = metric('regions', {
      breakdown: [
        { key: 'KZ-35', value: 5 },
        { key: 'KZ-47', value: 3 },
      ],
    });
    expect(chartTypesFor(regions)).to.deep.equal(['bar', 'column', 'donut']);
    expect(chartTypesFor({ ...regions, series: series(1, 2) })).to.deep.equal([
      'bar',
      'column',
      'line',
      'area',
      'donut',
    ]);
  });

  it('offers each element only the metrics it can show', () => {
    const feed: Feed = {
      version: 1,
      id: 'f',
      title: 'F',
      metrics: [
        metric('plain'),
        metric('trend', { series: series(1, 2) }),
        metric('regions', { breakdown: [{ key: 'KZ-35', value: 5 }] }),
        metric('groups', { breakdown: [{ key: 'women', value: 5, label: 'Women' }] }),
        metric('missing', { breakdown: [{ key: 'KZ-35', value: null }] }),
      ],
    };
    const ids = (element: Parameters<typeof metricsFor>[1]): string[] | undefined =>
      metricsFor(feed, element)?.map((m) => m.id);
    expect(ids('kpi')).to.deep.equal(['plain', 'trend', 'regions', 'groups', 'missing']);
    expect(ids('dashboard')).to.equal(undefined);
    expect(ids('chart')).to.deep.equal(['trend', 'regions', 'groups']);
    expect(ids('map')).to.deep.equal(['regions']);
    expect(ids('table')).to.deep.equal(['trend', 'regions', 'groups']);
  });
});
