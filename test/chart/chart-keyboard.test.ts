import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import type { InclusionSelectEvent } from '../../src/events.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { press } from '../a11y/keys.js';
import { contrast, hexOf } from '../support/contrast.js';
import { hover } from '../support/pointer.js';
import { part, textOf } from '../support/dom.js';
import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { categories, manyCategoriesFeed, TYPES } from './chart-feeds.js';
import { marks, mountChart, removeCharts, spaced } from './chart-helpers.js';

const active = (element: Element): Element | null => element.shadowRoot!.activeElement;
const label = (element: Element): string => spaced(active(element)?.getAttribute('aria-label'));

/** Tabs from a button placed before the chart, so the walk starts exactly as a keyboard user's does. */
async function tabInto(element: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  before.className = 'before';
  element.parentElement!.prepend(before);
  before.focus();
  await press('Tab'); // the table toggle
  await press('Tab'); // the chart: one tab stop
}

describe('<inclusion-chart> keyboard', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  for (const locale of ['kk', 'ru']) {
    for (const type of TYPES) {
      it(`${type}, ${locale}: walks every mark with the arrows, one series after another`, async () => {
        const element = await mountChart(type, { locale });
        await tabInto(element);
        expect(active(element)).to.equal(part(element, 'chart'));
        const expected = marks(element).map((mark) => spaced(mark.getAttribute('aria-label')));
        const rows = element.shadowRoot!.querySelectorAll('svg [role="list"]').length;
        const visited: string[] = [];
        await press('ArrowRight'); // enters at the first mark
        for (let row = 0; row < rows; row += 1) {
          if (row > 0) {
            await press('ArrowDown');
            await press('Home');
          }
          let previous = '';
          while (label(element) !== previous) {
            previous = label(element);
            visited.push(previous);
            await press('ArrowRight');
          }
        }
        expect(visited).to.have.members(expected);
        expect(visited).to.have.length(expected.length);
        // Exactly one element of the chart is in the tab order.
        expect(element.shadowRoot!.querySelectorAll('.chart [tabindex="0"]')).to.have.length(1);
        await press('Escape');
        expect(active(element)).to.equal(part(element, 'chart'));
      });
    }
  }

  it('Home and End jump to the ends; Tab leaves the chart at once', async () => {
    const element = await mountChart('bar', { locale: 'ru' });
    await tabInto(element);
    await press('End');
    expect(label(element)).to.equal('город Астана: 120 человек');
    await press('Home');
    expect(label(element)).to.equal('Карагандинская область: 358 человек');
    await press('ArrowDown'); // bars read top to bottom: Down is the next bar
    expect(label(element)).to.equal('Туркестанская область: более 290 человек');
    await press('Tab');
    expect(active(element)).to.equal(null);
  });

  it('Up and Down move between series at the same category', async () => {
    const element = await mountChart('column', { locale: 'ru' });
    await tabInto(element);
    await press('ArrowRight');
    await press('ArrowRight');
    expect(label(element)).to.equal('Туркестанская область, Трудоустроено: более 290 человек');
    await press('ArrowDown');
    expect(label(element)).to.equal('Туркестанская область, Прошли обучение: 150 человек');
    await press('ArrowUp');
    expect(label(element)).to.equal('Туркестанская область, Трудоустроено: более 290 человек');
  });

  it('Enter and Space fire inclusion-select with metric, key and value; so does a click', async () => {
    const element = await mountChart('column', { locale: 'kk' });
    const picked: InclusionSelectEvent['detail'][] = [];
    document.addEventListener('inclusion-select', (event) => picked.push(event.detail));
    await tabInto(element);
    await press('ArrowRight');
    await press('ArrowRight');
    await press('Enter');
    await press('ArrowRight');
    await press(' ');
    const astana = marks(element).find((m) => m.getAttribute('aria-label')!.startsWith('Астана қаласы, Жұмысқа'))!;
    const box = astana.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    expect(picked).to.deep.equal([
      { metric: 'placed', key: 'KZ-61', value: 290 },
      { metric: 'placed', key: 'KZ-79', value: null },
      { metric: 'placed', key: 'KZ-71', value: 120 },
    ]);
  });

  it('a click near a line picks the nearest value (targets wider than the 9 px dot)', async () => {
    const element = await mountChart('line', { locale: 'ru' });
    const picked: InclusionSelectEvent['detail'][] = [];
    element.addEventListener('inclusion-select', (event) => picked.push(event.detail));
    const dot = marks(element).find(
      (m) =>
        m.getAttribute('aria-label') === 'Прошли обучение' ||
        m.getAttribute('aria-label')!.startsWith('2024 г., Прошли'),
    )!;
    const box = dot.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + box.width / 2 + 14), Math.round(box.top + box.height / 2 + 10)],
    });
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2 + 14), Math.round(box.top + box.height / 2 + 10)],
    });
    expect(picked).to.deep.equal([{ metric: 'trained', key: '2024', value: 520 }]);
  });

  it('shows a tooltip on focus with the same words, and a focus ring of 3:1; Escape dismisses both', async () => {
    const element = await mountChart('bar', { locale: 'ru' });
    await tabInto(element);
    await press('ArrowRight');
    await press('ArrowRight');
    await element.updateComplete;
    const tooltip = element.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    expect(tooltip.hidden).to.equal(false);
    expect(spaced(textOf(tooltip))).to.equal('Туркестанская область более 290 человек');
    const ring = element.shadowRoot!.querySelector('.focus-ring')!;
    expect(ring).to.not.equal(null);
    const stroke = getComputedStyle(ring).stroke;
    const background = getComputedStyle(element.shadowRoot!.querySelector('.background')!).fill;
    expect(contrast(hexOf(stroke), hexOf(background)), 'focus ring on the surface').to.be.at.least(3);
    expect(Number.parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(2);
    // The tooltip is placed without a style attribute (CSP): by the adopted position sheet.
    expect(tooltip.hasAttribute('style')).to.equal(false);
    // Placed next to the focused mark, never over it.
    const tip = tooltip.getBoundingClientRect();
    const focusedBox = active(element)!.getBoundingClientRect();
    expect(tip.bottom <= focusedBox.top + 1 || tip.top >= focusedBox.bottom - 1, 'tooltip beside the mark').to.equal(
      true,
    );
    expect(
      Math.abs(tip.top - focusedBox.bottom) < 40 || Math.abs(focusedBox.top - tip.bottom) < 40,
      'tooltip near the mark',
    ).to.equal(true);
    await press('Escape');
    await element.updateComplete;
    expect(tooltip.hidden).to.equal(true);
    expect(element.shadowRoot!.querySelector('.focus-ring')).to.equal(null);
  });

  it('shows a tooltip on hover that stays while hovered and goes with Escape (WCAG 1.4.13)', async () => {
    const element = await mountChart('column', { locale: 'en' });
    const tooltip = element.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
    const centre = (box: DOMRect): [number, number] => [
      Math.round(box.left + box.width / 2),
      Math.round(box.top + box.height / 2),
    ];
    const nextFrame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));
    // A loaded Firefox may deliver a move some frames after its WebDriver command returns, and the page may
    // still settle under the first one: aim again at where the mark is now until the tooltip shows.
    for (let attempt = 0; attempt < 5 && tooltip.hidden; attempt += 1) {
      await hover(centre(marks(element)[0]!.getBoundingClientRect()));
      for (let frame = 0; frame < 30 && tooltip.hidden; frame += 1) await nextFrame();
    }
    await element.updateComplete;
    expect(tooltip.hidden, 'tooltip shown on hover').to.equal(false);
    expect(spaced(textOf(tooltip))).to.equal('Karaganda Region People placed 358 people');
    // Moving onto the tooltip itself keeps it (read where it stands once it has been placed).
    await nextFrame();
    await sendMouse({ type: 'move', position: centre(tooltip.getBoundingClientRect()) });
    for (let frame = 0; frame < 5; frame += 1) await nextFrame();
    await element.updateComplete;
    expect(tooltip.hidden, 'tooltip kept while the pointer is on it').to.equal(false);
    await press('Escape');
    await element.updateComplete;
    expect(tooltip.hidden).to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('keeps focus on the same mark when the chart is redrawn (resize)', async () => {
    const element = await mountChart('column', { locale: 'ru', width: 900 });
    await tabInto(element);
    await press('ArrowRight');
    await press('ArrowRight');
    const before = label(element);
    const old = active(element);
    element.parentElement!.style.width = '500px';
    const { until } = await import('./chart-helpers.js');
    await until(() => !old!.isConnected);
    await element.updateComplete;
    expect(label(element)).to.equal(before);
    expect(active(element)).to.not.equal(old);
  });

  describe('pointer targets of at least 24 px', () => {
    /** Three categories, the middle one so small that its bar is a few pixels long. */
    const thinFeed = (): Feed => manyCategoriesFeed(3, (i) => [100, 1, 50][i]!);
    /** Two metrics stacked, the second one's first part a sliver on top of the first one's. */
    const sliverFeed = (): Feed =>
      feedOf(
        [
          { id: 'a', label: 'A', value: 160, breakdown: categories(2, (i) => [100, 60][i]!) },
          { id: 'b', label: 'B', value: 62, breakdown: categories(2, (i) => [1, 60][i]!) },
        ],
        { id: 'test-sliver', title: 'Sliver' },
      );
    const nextFrame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

    /** Points at `position` (retried, as a loaded Firefox may deliver the move late) and reads the tooltip. */
    async function tipAt(element: HTMLElement, position: [number, number]): Promise<string | undefined> {
      const tooltip = element.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
      for (let attempt = 0; attempt < 3 && tooltip.hidden; attempt += 1) {
        await hover(position);
        for (let frame = 0; frame < 20 && tooltip.hidden; frame += 1) await nextFrame();
      }
      return tooltip.hidden ? undefined : spaced(textOf(tooltip));
    }

    afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

    it('a pointer 10 px beside a bar a few px long shows its tooltip, and a click picks it', async () => {
      const element = await mountChart('bar', { locale: 'en', width: 640, feed: thinFeed(), metric: 'm' });
      const thin = marks(element).find((m) => m.getAttribute('data-col') === '1')!;
      const box = thin.getBoundingClientRect();
      expect(box.width, 'the bar is thinner than a target').to.be.below(8);
      const beside: [number, number] = [Math.round(box.right + 10), Math.round(box.top + box.height / 2)];
      expect(await tipAt(element, beside)).to.equal('Category 1 1');
      const picked: InclusionSelectEvent['detail'][] = [];
      element.addEventListener('inclusion-select', (event) => picked.push(event.detail));
      await sendMouse({ type: 'click', position: beside });
      expect(picked).to.deep.equal([{ metric: 'm', key: 'c1', value: 1 }]);
    });

    it('a pointer 10 px above a sliver of a stack shows that part, not the one under it', async () => {
      const element = await mountChart('stacked', { locale: 'en', width: 640, feed: sliverFeed(), metric: 'a,b' });
      const sliver = marks(element).find(
        (m) => m.getAttribute('data-row') === '1' && m.getAttribute('data-col') === '0',
      )!;
      const box = sliver.getBoundingClientRect();
      expect(box.height, 'the part is thinner than a target').to.be.below(8);
      expect(await tipAt(element, [Math.round(box.left + box.width / 2), Math.round(box.top - 10)])).to.equal(
        'Category 0 B 1',
      );
    });

    it('leaves the keyboard as it was: arrows walk the marks in order after a pointer picked one', async () => {
      const element = await mountChart('bar', { locale: 'en', width: 640, feed: thinFeed(), metric: 'm' });
      const box = marks(element)[1]!.getBoundingClientRect();
      await tipAt(element, [Math.round(box.right + 10), Math.round(box.top + box.height / 2)]);
      await tabInto(element);
      expect(active(element), 'one tab stop: the chart').to.equal(part(element, 'chart'));
      await press('ArrowDown'); // enters at the first mark
      expect(label(element)).to.equal('Category 0: 100');
      await press('ArrowDown');
      expect(label(element)).to.equal('Category 1: 1');
      await press('ArrowDown');
      expect(label(element)).to.equal('Category 2: 50');
    });
  });
});
