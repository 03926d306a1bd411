import { expect } from '@esm-bundle/chai';
import '../src/elements/chart/define.js';
import '../src/elements/kpi/define.js';
import { paletteStyles } from '../src/theme/palette.js';
import { SYSTEM_TOKENS, themeStyles } from '../src/theme/tokens.js';
import { grantsFeed } from './fixtures/feeds.mjs';
import { contrast } from './support/contrast.js';
import { cleanup, part, settled } from './support/dom.js';

const reference = (element: Element, name: string): string =>
  getComputedStyle(element).getPropertyValue(`--_ref-${name}`).trim();

describe('theme tokens', () => {
  afterEach(() => cleanup('inclusion-kpi, inclusion-chart'));

  it('publishes exactly the documented system tokens', () => {
    const used = new Set(`${themeStyles.cssText}${paletteStyles.cssText}`.match(/--inclusion-[a-z0-9-]+/g));
    expect([...used].filter((name) => !name.startsWith('--inclusion-kpi')).sort()).to.deep.equal(
      [...SYSTEM_TOKENS].sort(),
    );
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps contrast in the ${theme} theme (text 4.5:1, marks 3:1)`, async () => {
      const element = document.createElement('inclusion-kpi');
      element.setAttribute('theme', theme);
      element.feed = grantsFeed();
      document.body.append(element);
      await settled(element);
      const surface = reference(element, 'surface');
      for (const name of ['text', 'muted', 'good', 'bad', 'accent']) {
        expect(contrast(reference(element, name), surface), `${name} on surface`).to.be.at.least(4.5);
      }
      // The series palette is the chart's: a tile does not carry it.
      const chart = document.createElement('inclusion-chart');
      chart.setAttribute('theme', theme);
      document.body.append(chart);
      for (let i = 1; i <= 8; i += 1) {
        expect(
          contrast(reference(chart, `color-${i}`), reference(chart, 'surface')),
          `color-${i} on surface`,
        ).to.be.at.least(3);
      }
      expect(contrast(reference(element, 'focus'), surface), 'focus ring').to.be.at.least(3);
    });
  }

  it('lets a site retheme every widget with --inclusion-* properties', async () => {
    const element = document.createElement('inclusion-kpi');
    element.style.setProperty('--inclusion-surface', 'rgb(1, 2, 3)');
    element.style.setProperty('--inclusion-text', 'rgb(250, 251, 252)');
    element.feed = grantsFeed();
    document.body.append(element);
    await settled(element);
    const base = part(element, 'base')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(element, 'value')!).color).to.equal('rgb(250, 251, 252)');
  });
});
