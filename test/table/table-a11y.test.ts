/** axe on `<inclusion-table>`: zero violations and zero "incomplete", in every language, theme, mode and state. */
import { expect } from '@esm-bundle/chai';
import { itPrefers } from '../support/engine.js';
import type { InclusionTable } from '../../src/elements/table/inclusion-table.js';
import { axeFindings } from '../support/axe.js';
import { contrast, hexOf } from '../support/contrast.js';
import { tableFeed } from './table-feeds.js';
import { $, $$, clickHeader, mountTable, removeTables } from './table-helpers.js';

async function expectClean(element: Element, label: string): Promise<void> {
  const findings = await axeFindings(element);
  expect(findings.violations, `${label}\n${findings.violations.join('\n')}`).to.deep.equal([]);
  expect(findings.incomplete, `${label}\n${findings.incomplete.join('\n')}`).to.deep.equal([]);
}

describe('<inclusion-table> accessibility (axe)', () => {
  afterEach(() => removeTables());

  for (const theme of ['light', 'dark']) {
    for (const locale of ['kk', 'ru', 'en']) {
      it(`is clean — ${locale}, ${theme}: breakdown (sorted too), series, every metric`, async () => {
        const breakdown = await mountTable({ locale, theme, metric: 'placed' });
        await expectClean(breakdown, 'breakdown');
        await clickHeader(breakdown, 1);
        await expectClean(breakdown, 'breakdown sorted');
        const series = await mountTable({ locale, theme, metric: 'trend' });
        await expectClean(series, 'series');
        const all = await mountTable({ locale, theme });
        await expectClean(all, 'every metric');
        const categories = await mountTable({ locale, theme, metric: 'groups' });
        await expectClean(categories, 'categories with status and note');
      });

      it(`is clean in the error state — ${locale}, ${theme}`, async () => {
        const unknown = await mountTable({ locale, theme, metric: 'no-such-metric' });
        expect(unknown.getAttribute('state')).to.equal('error');
        await expectClean(unknown, 'unknown metric');
        const schema = await mountTable({
          locale,
          theme,
          feed: { version: 1, id: 'x', title: 'x', metrics: [{ id: 'a', label: 'a', value: 'many' }] },
        });
        await expectClean(schema, 'schema error');
      });
    }
  }

  it('is clean while loading', async () => {
    const element = document.createElement('inclusion-table');
    element.setAttribute('src', '/__test__/feed/a11y-slow.json?delay=1500');
    element.setAttribute('locale', 'kk');
    document.body.append(element);
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('loading');
    await expectClean(element, 'loading');
    element.remove();
  });

  for (const locale of ['kk', 'ru', 'en']) {
    it(`is clean at 320 px in every mode — ${locale}`, async () => {
      for (const metric of [undefined, 'placed', 'trend', 'groups']) {
        const element = await mountTable({ locale, width: 320, ...(metric ? { metric } : {}) });
        await expectClean(element.parentElement!, `320 px ${metric ?? 'every metric'}`);
        removeTables();
      }
    });
  }

  it('is clean when a long caption wraps over lines (a range period), wide and narrow', async () => {
    const feed = tableFeed();
    feed.title = {
      kk: '«Инклюзивті қоғамды дамыту» жобасы: үш өңірде мүгедектігі бар адамдарға қолдау',
      ru: 'Проект «Развитие инклюзивного общества»: поддержка людей с инвалидностью в трёх регионах',
      en: 'x',
    };
    feed.period = '2024-03/2025-10';
    for (const width of [1200, 320]) {
      for (const locale of ['kk', 'ru']) {
        for (const metric of [undefined, 'placed']) {
          const element = await mountTable({ locale, width, feed, ...(metric ? { metric } : {}) });
          await expectClean(element.parentElement!, `${width} ${locale} ${metric ?? 'every metric'}`);
          removeTables();
        }
      }
    }
  });

  itPrefers(
    { 'prefers-color-scheme': 'dark' },
    'is clean with theme="auto" under a dark system setting, and then paints dark',
    async () => {
      const element = await mountTable({ locale: 'en', theme: 'auto', metric: 'placed' });
      await expectClean(element, 'auto dark');
      expect(getComputedStyle($(element, '.wrap')).colorScheme).to.equal('dark');
    },
  );

  for (const theme of ['light', 'dark']) {
    it(`draws the sort triangles and the focus ring at 3:1 or more against the surface — ${theme}`, async () => {
      const element: InclusionTable = await mountTable({ locale: 'en', theme, metric: 'placed' });
      await clickHeader(element, 0);
      const surface = hexOf(getComputedStyle($(element, '.wrap')).backgroundColor);
      for (const mark of $$(element, '.sort-mark'))
        expect(contrast(hexOf(getComputedStyle(mark).fill), surface), mark.getAttribute('class')!).to.be.at.least(3);
      // The ring is drawn on :focus-visible (keyboard use) in --_focus.
      expect(
        contrast(getComputedStyle(element).getPropertyValue('--_focus').trim(), surface),
        'focus ring',
      ).to.be.at.least(3);
    });
  }
});
