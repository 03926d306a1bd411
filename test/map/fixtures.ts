import type { Feed } from '../../src/feed/schema.js';

/** Regional figures written for the map tests (not from data/). */
export function regionalFeed(): Feed {
  return {
    version: 1,
    id: 'map-test',
    title: { kk: 'Өңірлер', ru: 'Регионы', en: 'Regions' },
    source: { name: 'Test Statistics', published: '2025-10-01' },
    period: '2025',
    metrics: [
      {
        id: 'placed',
        label: { kk: 'Жұмысқа орналастырылғандар', ru: 'Трудоустроено', en: 'Placed in jobs' },
        value: 1200,
        unit: { kk: 'адам', ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' }, en: { one: 'person', other: 'people' } },
        breakdown: [
          { key: 'KZ-35', value: 358 },
          { key: 'KZ-61', value: 290, qualifier: 'more-than' },
          { key: 'KZ-79', value: 120 },
          { key: 'KZ-71', value: 75 },
          { key: 'KZ-75', value: 410 },
          { key: 'KZ-47', value: 12 },
          { key: 'KZ-63', value: null },
          { key: 'women', value: 500, label: 'Women' },
        ],
      },
    ],
  };
}
