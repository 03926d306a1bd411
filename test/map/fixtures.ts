import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.js';
import { byRegion, KARAGANDA_AND_TURKISTAN } from '../fixtures/regions.js';
import { PEOPLE } from '../fixtures/units.js';

/** Regional figures written for the map tests (not from data/). */
export function regionalFeed(): Feed {
  return feedOf(
    [
      {
        id: 'placed',
        label: { kk: 'Жұмысқа орналастырылғандар', ru: 'Трудоустроено', en: 'Placed in jobs' },
        value: 1200,
        unit: PEOPLE,
        breakdown: [
          ...byRegion({
            ...KARAGANDA_AND_TURKISTAN,
            'KZ-79': 120,
            'KZ-71': 75,
            'KZ-75': 410,
            'KZ-47': 12,
            'KZ-63': null,
          }),
          { key: 'women', value: 500, label: 'Women' },
        ],
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
