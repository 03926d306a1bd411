import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { byRegion, SEVEN_REGIONS } from '../fixtures/regions.mjs';
import { PEOPLE } from '../fixtures/units.mjs';

/** Regional figures written for the map tests (not from data/). */
export function regionalFeed(): Feed {
  return feedOf(
    [
      {
        id: 'placed',
        label: { kk: 'Жұмысқа орналастырылғандар', ru: 'Трудоустроено', en: 'Placed in jobs' },
        value: 1200,
        unit: PEOPLE,
        breakdown: [...byRegion(SEVEN_REGIONS), { key: 'women', value: 500, label: 'Women' }],
      },
    ],
    {
      id: 'map-test',
      title: { kk: 'Өңірлер', ru: 'Регионы', en: 'Regions' },
      source: { name: 'Test Statistics', published: '2025-10-01' },
      period: '2025',
    },
  );
}
