/**
 * The first Intl.NumberFormat of a page costs ~20 ms (ICU start-up), so the widgets write numbers with their
 * own code in every language (src/i18n/numbers.ts; numbers.test.ts holds it to Intl's output). A tile, a
 * chart's summary or a table in ru or en must never build one.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import '../../src/elements/table/define.js';
import { grantsFeed } from '../fixtures/feeds.js';
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
    cleanup('inclusion-kpi, inclusion-table');
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
});
