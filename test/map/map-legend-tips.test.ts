/**
 * The map's legend never states a range from a value to itself, and a tile's tooltip never covers the
 * names of the tiles around it.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/map/define.js';
import type { InclusionMap } from '../../src/elements/map/inclusion-map.js';
import type { Feed } from '../../src/feed/schema.js';
import { REGION_CODES } from '../../src/regions/codes.js';
import { cleanup, part, settled, textOf } from '../support/dom.js';
import { regionalFeed } from './fixtures.js';

async function mount(feed: Feed, width: number, locale = 'ru'): Promise<InclusionMap> {
  const page = document.createElement('div');
  page.className = 'map-page';
  page.style.width = `${width}px`;
  const element = document.createElement('inclusion-map');
  element.feed = feed;
  element.setAttribute('locale', locale);
  page.append(element);
  document.body.append(page);
  await settled(element);
  return element;
}

const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<inclusion-map> legend and tooltips', () => {
  afterEach(() => cleanup('inclusion-map, div.map-page'));

  it('says a single value as that value, not a range from it to itself', async () => {
    const feed = regionalFeed();
    feed.metrics[0]!.breakdown = [{ key: 'KZ-35', value: 55000, qualifier: 'almost' }];
    const element = await mount(feed, 640);
    const legend = [...part(element, 'legend')!.querySelectorAll('li')].map((li) => textOf(li).replace(/\u00a0/g, ' '));
    expect(legend).to.deep.equal(['55 000', 'нет данных']);
  });

  it('lists "no data" only when a region has none', async () => {
    const feed = regionalFeed();
    feed.metrics[0]!.breakdown = REGION_CODES.map((key, i) => ({ key, value: (i + 1) * 10 }));
    const element = await mount(feed, 640);
    const legend = [...part(element, 'legend')!.querySelectorAll('li')].map((li) => textOf(li));
    expect(legend).not.to.include('нет данных');
  });

  it("writes the figure on a tile without its unit, which stays in the tile's name, and no word split", async () => {
    const element = await mount(regionalFeed(), 720, 'kk');
    const tile = element.shadowRoot!.querySelector<HTMLElement>('.grid .tile[data-key="KZ-61"]')!;
    expect(textOf(tile.querySelector('.tile-value')).replace(/\u00a0/g, ' ')).to.equal('290-нан астам');
    expect(textOf(tile.querySelector('.visually-hidden')).replace(/\u00a0/g, ' ')).to.equal(
      'Түркістан облысы: 290-нан астам адам',
    );
    for (const value of element.shadowRoot!.querySelectorAll<HTMLElement>('.grid .tile-value')) {
      for (const word of (value.textContent ?? '').split(/\s+/).filter(Boolean)) {
        const range = document.createRange();
        const node = [...value.childNodes].find(
          (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').includes(word),
        )!;
        const start = (node.textContent ?? '').indexOf(word);
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        expect(
          new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
          `"${word}" on one line`,
        ).to.equal(1);
      }
    }
  });

  for (const width of [320, 720]) {
    it(`keeps every tooltip off the other tiles' names at ${width} px`, async () => {
      const element = await mount(regionalFeed(), width, 'kk');
      const tiles = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.grid .tile')];
      const problems: string[] = [];
      for (const tile of tiles) {
        tile.focus({ focusVisible: true } as FocusOptions);
        const tip = tile.querySelector<HTMLElement>('.tip')!;
        // The tooltip shows on keyboard focus (:focus-visible); force it on for the measurement.
        tip.style.display = 'block';
        const box = tip.getBoundingClientRect();
        for (const other of tiles) {
          if (other === tile) continue;
          if (overlap(box, other.querySelector('.tile-name')!.getBoundingClientRect()))
            problems.push(`${tile.dataset.key} over ${other.dataset.key}`);
        }
        tip.style.display = '';
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
