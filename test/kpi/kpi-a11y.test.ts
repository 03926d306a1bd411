import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { grantsFeed } from '../fixtures/feeds.mjs';
import { axeFindings } from '../support/axe.js';
import { cleanup, settled } from '../support/dom.js';

type Setup = (element: HTMLElement & { feed?: unknown }) => void;

const states: [string, Setup][] = [
  [
    'ready with change, target and sparkline',
    (e) => {
      e.feed = grantsFeed();
      e.setAttribute('metric', 'grants');
    },
  ],
  [
    'ready, qualified and provisional',
    (e) => {
      e.feed = grantsFeed();
      e.setAttribute('metric', 'people');
    },
  ],
  [
    'ready, currency estimate with a fallback label',
    (e) => {
      e.feed = grantsFeed();
      e.setAttribute('metric', 'budget');
    },
  ],
  [
    'ready, missing value',
    (e) => {
      e.feed = grantsFeed();
      e.setAttribute('metric', 'unknown-count');
    },
  ],
  [
    'ready, percent with change',
    (e) => {
      e.feed = grantsFeed();
      e.setAttribute('metric', 'employed-share');
    },
  ],
  [
    'loading',
    (e) => {
      e.setAttribute('src', '/__test__/feed/a11y-slow?delay=5000');
    },
  ],
  [
    'http error',
    (e) => {
      e.setAttribute('src', '/__test__/status/500');
    },
  ],
  [
    'schema error',
    (e) => {
      e.feed = { version: 9, id: 'x', title: 'x', metrics: [{ id: 'a', label: 'a', value: 'x' }] };
    },
  ],
  [
    'metric error',
    (e) => {
      e.feed = grantsFeed();
      e.setAttribute('metric', 'missing');
    },
  ],
];

describe('<inclusion-kpi> accessibility (axe: zero violations, zero incomplete)', () => {
  afterEach(() => {
    cleanup('inclusion-kpi, div.axe-page');
    clearFeedCache();
  });

  for (const theme of ['light', 'dark']) {
    for (const locale of ['kk', 'ru', 'en']) {
      for (const [name, setup] of states) {
        it(`${name} — ${locale}, ${theme}`, async () => {
          // A page of the tile's own theme, as an embedding site would have.
          const page = document.createElement('div');
          page.className = 'axe-page';
          page.style.background = theme === 'dark' ? '#0d1118' : '#ffffff';
          page.style.padding = '8px';
          const element = document.createElement('inclusion-kpi');
          element.setAttribute('locale', locale);
          element.setAttribute('theme', theme);
          setup(element);
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
