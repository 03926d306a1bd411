import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { grantsFeed } from '../fixtures/feeds.mjs';
import { axeFindings } from '../support/axe.js';
import { cleanup, settled } from '../support/dom.js';

/** Each state a tile is checked in: its name, the attributes that bring it about, and the feed it is given. */
const states: [name: string, attributes: Record<string, string>, feed?: () => unknown][] = [
  ['ready with change, target and sparkline', { metric: 'grants' }, grantsFeed],
  ['ready, qualified and provisional', { metric: 'people' }, grantsFeed],
  ['ready, currency estimate with a fallback label', { metric: 'budget' }, grantsFeed],
  ['ready, missing value', { metric: 'unknown-count' }, grantsFeed],
  ['ready, percent with change', { metric: 'employed-share' }, grantsFeed],
  ['loading', { src: '/__test__/feed/a11y-slow?delay=5000' }],
  ['http error', { src: '/__test__/status/500' }],
  ['schema error', {}, () => ({ version: 9, id: 'x', title: 'x', metrics: [{ id: 'a', label: 'a', value: 'x' }] })],
  ['metric error', { metric: 'missing' }, grantsFeed],
];

describe('<inclusion-kpi> accessibility (axe: zero violations, zero incomplete)', () => {
  afterEach(() => {
    cleanup('inclusion-kpi, div.axe-page');
    clearFeedCache();
  });

  for (const theme of ['light', 'dark']) {
    for (const locale of ['kk', 'ru', 'en']) {
      for (const [name, attributes, feed] of states) {
        it(`${name} — ${locale}, ${theme}`, async () => {
          // A page of the tile's own theme, as an embedding site would have.
          const page = document.createElement('div');
          page.className = 'axe-page';
          page.style.background = theme === 'dark' ? '#0d1118' : '#ffffff';
          page.style.padding = '8px';
          const element = document.createElement('inclusion-kpi');
          element.setAttribute('locale', locale);
          element.setAttribute('theme', theme);
          for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
          if (feed) element.feed = feed();
          page.append(element);
          document.body.append(page);
          await settled(element, name === 'loading' ? ['loading'] : ['ready', 'error']);
          const findings = await axeFindings(page);
          expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
          expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
        });
      }
    }
  }
});
