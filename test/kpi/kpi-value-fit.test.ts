/**
 * A tile's value, however long and in whatever language, is never cut inside a word, keeps its number and
 * unit on one line and stays inside its tile: alone at narrow widths, and in a dashboard's columns or phone
 * rows. Read from the rendered text: the line each character is drawn on.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/dashboard/define.js';
import '../../src/elements/kpi/define.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { PEOPLE, POSTS } from '../fixtures/units.mjs';
import { cleanup, part, settled } from '../support/dom.js';

const EVENTS = {
  kk: 'іс-шара',
  ru: { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий', other: 'мероприятия' },
  en: { one: 'event', other: 'events' },
};
const EMPLOYERS = {
  kk: 'әділ жұмыс беруші',
  ru: {
    one: 'добросовестный работодатель',
    few: 'добросовестных работодателя',
    many: 'добросовестных работодателей',
    other: 'добросовестного работодателя',
  },
  en: { one: 'fair employer', other: 'fair employers' },
};

type Unit = typeof PEOPLE | typeof EVENTS | typeof EMPLOYERS;
type Label = { kk: string; ru: string; en: string };
const more = (id: string, label: Label, value: number, unit: Unit) => ({
  id,
  label,
  value,
  unit,
  qualifier: 'more-than' as const,
});

/** Long values: a large qualified number, a long Kazakh unit, a hyphenated unit, a unit of three words. */
function feed(): Feed {
  return feedOf([
    more('reach', { kk: 'Қамту', ru: 'Охват', en: 'Reach' }, 1_500_000, PEOPLE),
    more('posts', { kk: 'Жарияланымдар', ru: 'Публикации', en: 'Posts' }, 20, POSTS),
    more('events', { kk: 'Іс-шаралар', ru: 'Мероприятия', en: 'Events' }, 200, EVENTS),
    {
      id: 'employers',
      label: { kk: 'Жұмыс берушілер', ru: 'Работодатели', en: 'Employers' },
      value: 65,
      unit: EMPLOYERS,
    },
  ]) as Feed;
}

const SPACE = /[\s\u00a0]/;

interface Drawn {
  readonly char: string;
  readonly middle: number;
  readonly right: number;
}

/** Each character of `element`'s text with the vertical middle and right edge of its box as drawn. */
function drawnCharacters(element: HTMLElement): Drawn[] {
  const drawn: Drawn[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box) drawn.push({ char: text[i]!, middle: (box.top + box.bottom) / 2, right: box.right });
    }
  }
  return drawn;
}

/** Checks one tile's value against the rule; `where` names the case in failure messages. */
function expectWholeValue(tile: HTMLElement, where: string): void {
  const value = part(tile, 'value')!;
  const base = part(tile, 'base')!;
  const size = parseFloat(getComputedStyle(value).fontSize);
  const chars = drawnCharacters(value);
  const text = chars.map((c) => c.char).join('');
  const sameLine = (a: Drawn, b: Drawn): boolean => Math.abs(a.middle - b.middle) < size / 2;
  // Stretches joined by no-break spaces (number, qualifier and unit's first word) and each word in them.
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !/\s/.test(chars[i]!.char.replace('\u00a0', 'x'))) continue;
    const stretch = chars.slice(start, i);
    const line = stretch.filter((c) => !SPACE.test(c.char));
    expect(
      line.every((c) => sameLine(c, line[0]!)),
      `${where}: "${stretch.map((c) => c.char).join('')}" of "${text}" on one line`,
    ).to.equal(true);
    start = i + 1;
  }
  // The number and the word after it (the unit, or in Kazakh the qualifier before the unit) share a line.
  const first = chars.findIndex((c) => /\d/.test(c.char));
  const last = chars.findLastIndex((c) => /\d/.test(c.char));
  const next = chars.findIndex((c, i) => i > last && SPACE.test(chars[i - 1]!.char) && /\p{L}/u.test(c.char));
  expect(next, `${where}: a word after the number in "${text}"`).to.be.greaterThan(last);
  expect(sameLine(chars[first]!, chars[next]!), `${where}: number and unit of "${text}" on one line`).to.equal(true);
  // Nothing drawn past the tile's content box, and the tile does not scroll.
  const end = base.getBoundingClientRect().right - parseFloat(getComputedStyle(base).paddingInlineEnd);
  const widest = Math.max(...chars.map((c) => c.right));
  expect(widest, `${where}: "${text}" inside its tile`).to.be.at.most(end + 1);
  expect(base.scrollWidth, `${where}: the tile does not scroll`).to.be.at.most(base.clientWidth);
  // Nor does the value widen the tile past the page.
  const page = tile.closest('.fit-page') ?? (tile.getRootNode() as ShadowRoot).host.closest('.fit-page')!;
  const pageEnd = page.getBoundingClientRect().right;
  expect(base.getBoundingClientRect().right, `${where}: the tile inside the page`).to.be.at.most(pageEnd + 1);
}

async function page(width: number, element: HTMLElement): Promise<void> {
  const wrapper = document.createElement('div');
  wrapper.className = 'fit-page';
  wrapper.style.width = `${width}px`;
  wrapper.append(element);
  document.body.append(wrapper);
  await settled(element);
}

describe('<inclusion-kpi> value fit', () => {
  afterEach(() => {
    cleanup('div.fit-page');
    clearFeedCache();
  });

  for (const locale of ['kk', 'ru', 'en']) {
    for (const width of [160, 200, 240]) {
      it(`keeps each long value whole in a ${width} px tile (${locale})`, async () => {
        for (const metric of ['reach', 'posts', 'events', 'employers']) {
          const tile = document.createElement('inclusion-kpi');
          tile.feed = feed();
          tile.setAttribute('metric', metric);
          tile.setAttribute('locale', locale);
          await page(width, tile);
          expectWholeValue(tile, `${metric} at ${width} px`);
          cleanup('div.fit-page');
        }
      });
    }

    for (const width of [1280, 800, 320, 280]) {
      it(`keeps each long value whole in a ${width} px dashboard (${locale}), large enough to read`, async () => {
        const dashboard = document.createElement('inclusion-dashboard');
        dashboard.feed = feed();
        dashboard.setAttribute('locale', locale);
        await page(width, dashboard);
        const tiles = [...dashboard.shadowRoot!.querySelectorAll<HTMLElement>('inclusion-kpi')];
        await Promise.all(tiles.map((tile) => settled(tile)));
        expect(tiles.length).to.equal(4);
        for (const tile of tiles) {
          expectWholeValue(tile, `${tile.getAttribute('metric')} at ${width} px`);
          const size = parseFloat(getComputedStyle(part(tile, 'value')!).fontSize);
          expect(size, `${tile.getAttribute('metric')} at ${width} px: font size`).to.be.at.least(13);
        }
      });
    }
  }
});
