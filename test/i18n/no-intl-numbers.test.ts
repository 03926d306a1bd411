/**
 * The first Intl.NumberFormat of a page starts ICU, slower than drawing a small chart, so the widgets write
 * numbers with their own code in every language (src/i18n/numbers.ts; numbers.test.ts holds it to Intl's
 * output), and Plot's own formatters are made only if called (src/elements/chart/plot-trim/format.js). No
 * widget builds one.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import '../../src/elements/table/define.js';
import '../../src/elements/chart/define.js';
import { grantsFeed } from '../fixtures/feeds.mjs';
import { cleanup, settled, textOf, part } from '../support/dom.js';

describe('numbers without Intl.NumberFormat', () => {
  const created: string[] = [];
  const RealNumberFormat = Intl.NumberFormat;

  before(() => {
    // Counts constructions without changing what is built.
    Intl.NumberFormat = new Proxy(RealNumberFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        created.push(String(args[0]));
        return new target(...args);
      },
    });
  });

  after(() => {
    Intl.NumberFormat = RealNumberFormat;
    cleanup('inclusion-kpi, inclusion-table, inclusion-chart');
  });

  for (const locale of ['ru', 'en', 'kk'] as const) {
    it(`a ${locale} tile and table show their figures without building one`, async () => {
      const tile = document.createElement('inclusion-kpi');
      tile.feed = grantsFeed();
      tile.setAttribute('locale', locale);
      const table = document.createElement('inclusion-table');
      table.feed = grantsFeed();
      table.setAttribute('locale', locale);
      document.body.append(tile, table);
      await settled(tile);
      await settled(table);
      expect(tile.getAttribute('state')).to.equal('ready');
      expect(textOf(part(tile, 'value'))).to.match(/\d/);
      expect(created).to.deep.equal([]);
    });
  }

  it('a chart loads Plot and draws its axes and labels without building one', async () => {
    const chart = document.createElement('inclusion-chart');
    chart.feed = grantsFeed();
    chart.setAttribute('metric', 'grants');
    chart.setAttribute('type', 'line');
    chart.setAttribute('locale', 'en');
    document.body.append(chart);
    await settled(chart);
    expect(chart.getAttribute('state')).to.equal('ready');
    expect(chart.shadowRoot!.querySelector('svg.chart-svg')).to.not.equal(null);
    expect(created).to.deep.equal([]);
  });
});
