/**
 * A chart's legend in a 320 px page: its names and values wrap between words, never inside one, and a
 * number stays on the line of its unit ("12 человек" is one unit of reading).
 */
import { expect } from '@esm-bundle/chai';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { Locale } from '../../src/i18n/locale.js';
import { longNamesFeed, METRICS, TYPES } from './chart-feeds.js';
import { mountChart, removeCharts } from './chart-helpers.js';

const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

/** The legend's runs of text without an ordinary space (a no-break space glues a number to its unit) that the
 * browser laid out on more than one line. */
function splitRuns(legend: Element): string[] {
  const split: string[] = [];
  const walker = legend.ownerDocument.createTreeWalker(legend, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const run of node.textContent!.matchAll(/[^ \n\t]+/g)) {
      const range = legend.ownerDocument.createRange();
      range.setStart(node, run.index);
      range.setEnd(node, run.index + run[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) split.push(run[0]);
    }
  }
  return split;
}

describe('chart legends at 320 px', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  for (const locale of LOCALES) {
    it(`${locale}: no word and no number with its unit is split across lines`, async () => {
      let checked = 0;
      for (const type of TYPES) {
        for (const metric of [METRICS[type], 'support']) {
          const options = metric === 'support' ? { feed: longNamesFeed() } : {};
          const element = await mountChart(type, { locale, metric, width: 320, ...options });
          const legend = element.shadowRoot!.querySelector('[part~="legend"]');
          if (legend) {
            checked += 1;
            expect(splitRuns(legend), `${type} ${metric}`).to.deep.equal([]);
          }
          removeCharts();
        }
      }
      expect(checked, 'charts with a legend').to.be.greaterThan(3);
    });
  }
});
