/**
 * `InclusionChart.preload(types)`: a page can fetch the drawing code before its first chart appears.
 * This file runs in a page of its own, so its module graph starts empty.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/chart/define.js';
import { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';
import { settled } from '../support/dom.js';
import { loaded } from '../support/resources.js';
import { FRAME_TIMING, itOnlyIn } from '../support/engine.js';
import type { Feed } from '../../src/feed/schema.js';
import { chartFeed, longSeriesFeed } from './chart-feeds.js';

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
    expect(
      loaded(/./)
        .slice(before)
        .filter((name) => /render-|@observablehq|\/d3-/.test(name)),
    ).to.deep.equal([]);
    chart.remove();
  });

  /**
   * Whether the chart's drawing was already there when its drawing area was first laid out (a
   * ResizeObserver's first report comes after the layout of the frame that first shows the chart), and the
   * area's height then and once drawn. The height alone cannot tell: the shell reserves the drawing's height.
   */
  async function firstFrame(type: string, feed: Feed): Promise<{ drawnInIt: boolean; first: number; drawn: number }> {
    await InclusionChart.preload([type as 'line']);
    const chart = document.createElement('inclusion-chart');
    chart.setAttribute('type', type);
    chart.feed = feed;
    const firstLayout = new Promise<{ drawnInIt: boolean; first: number }>((resolve) => {
      const shell = new MutationObserver(() => {
        const part = chart.shadowRoot!.querySelector('[part~="chart"]');
        if (!part) return;
        shell.disconnect();
        const sizes = new ResizeObserver((entries) => {
          sizes.disconnect();
          const drawnInIt = chart.shadowRoot!.querySelector('svg.chart-svg') !== null;
          resolve({ drawnInIt, first: entries[0]!.contentRect.height });
        });
        sizes.observe(part);
      });
      document.body.append(chart);
      shell.observe(chart.shadowRoot!, { childList: true, subtree: true });
    });
    const { drawnInIt, first } = await firstLayout;
    // Go on after the ResizeObserver's delivery: a chart added during it would be observed in the middle
    // of that delivery, which the browser reports as a ResizeObserver loop.
    await new Promise((resolve) => setTimeout(resolve));
    await settled(chart);
    const drawn = chart.shadowRoot!.querySelector('[part~="chart"]')!.getBoundingClientRect().height;
    chart.remove();
    return { drawnInIt, first, drawn };
  }

  it('a small first drawing is laid out and painted in the same frame as the chart around it', async () => {
    const { drawnInIt, first, drawn } = await firstFrame('column', chartFeed());
    expect(drawn).to.be.greaterThan(100);
    expect(drawnInIt, 'the first frame already had the drawing').to.equal(true);
    expect(first, 'at its final height').to.equal(drawn);
  });

  it('so is a long line: it is drawn as a path thinned to its pixels, whatever its length', async () => {
    const { drawnInIt, first, drawn } = await firstFrame('line', longSeriesFeed(2000));
    expect(drawn).to.be.greaterThan(100);
    expect(drawnInIt, 'the first frame already had the drawing').to.equal(true);
    expect(first, 'at its final height').to.equal(drawn);
  });

  itOnlyIn(
    ['chromium'],
    FRAME_TIMING,
    'a large one (2 000 columns, a mark each) follows in a task of its own, so that frame stays short',
    async () => {
      const breakdown = Array.from({ length: 2000 }, (_, i) => ({ key: `c${i}`, label: `C${i}`, value: i % 50 }));
      const feed: Feed = {
        version: 1,
        id: 'many',
        title: 'Many',
        metrics: [{ id: 'm', label: 'M', value: 1, breakdown }],
      };
      // The drawing's task and the next frame race: on a loaded machine the browser may run the task before
      // it renders that frame. Drawn inside the frame, it would be there in every try.
      const tries: { drawnInIt: boolean; first: number; drawn: number }[] = [];
      do tries.push(await firstFrame('column', feed));
      while (tries.length < 3 && tries.at(-1)!.drawnInIt);
      for (const { drawn } of tries) expect(drawn).to.be.greaterThan(100);
      expect(
        tries.some(({ drawnInIt }) => !drawnInIt),
        `the first frame showed the shell only, in one of ${tries.length} tries`,
      ).to.equal(true);
    },
  );
});
