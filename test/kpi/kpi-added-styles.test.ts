/**
 * Styles that travel with the code that needs them: a tile defined before a dashboard's code arrived takes the
 * dashboard's list layout when it is listed in one, and keeps its card on its own.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { PEOPLE } from '../fixtures/units.mjs';
import { cleanup, part, settled } from '../support/dom.js';

const FEED: Feed = feedOf([
  { id: 'placed', label: { ru: 'Трудоустроено', en: 'Placed', kk: 'Орналастырылды' }, value: 358, unit: PEOPLE },
  {
    id: 'social',
    label: { ru: 'Социальные места', en: 'Social jobs', kk: 'Әлеуметтік жұмыс орындары' },
    value: 15,
    unit: PEOPLE,
  },
]);

describe('styles added to tiles after the tile was defined', () => {
  afterEach(() => {
    cleanup('inclusion-kpi');
    cleanup('inclusion-dashboard');
    clearFeedCache();
  });

  it('styles the change of a tile whose optional parts came after it was defined', async () => {
    const tile = document.createElement('inclusion-kpi');
    tile.feed = feedOf([{ id: 'placed', label: { en: 'Placed' }, value: 358, previous: { value: 300 }, unit: PEOPLE }]);
    tile.setAttribute('locale', 'en');
    document.body.append(tile);
    await settled(tile);
    const delta = part(tile, 'delta');
    expect(delta, 'the change is shown').to.not.equal(null);
    expect(getComputedStyle(delta!).display, 'in its own styles').to.equal('flex');
  });

  it("lists a dashboard's tiles on a phone, the dashboard's code having come after the tile's", async () => {
    const page = document.createElement('div');
    page.style.width = '320px';
    document.body.append(page);
    const alone = document.createElement('inclusion-kpi');
    alone.feed = FEED;
    alone.setAttribute('metric', 'social');
    alone.setAttribute('locale', 'ru');
    page.append(alone);
    await settled(alone);
    expect(getComputedStyle(part(alone, 'base')!).display, 'a tile on its own: its card').to.equal('grid');

    await import('../../src/elements/dashboard/define.js');
    const dashboard = document.createElement('inclusion-dashboard');
    dashboard.feed = FEED;
    dashboard.setAttribute('locale', 'ru');
    page.append(dashboard);
    await settled(dashboard);
    const tiles = [...dashboard.shadowRoot!.querySelectorAll('inclusion-kpi')];
    expect(tiles.length).to.equal(2);
    for (const tile of tiles) {
      await settled(tile);
      expect(getComputedStyle(part(tile, 'base')!).display, 'a listed tile: a row').to.equal('flow-root');
      expect(getComputedStyle(part(tile, 'value')!.parentElement!).float, 'its value at the row end').to.equal(
        'inline-end',
      );
    }
    // Added to the tile on its own too, where its container query does not match.
    await settled(alone);
    expect(getComputedStyle(part(alone, 'base')!).display, 'still its card').to.equal('grid');
    page.remove();
  });
});
