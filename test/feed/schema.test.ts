import { expect } from '@esm-bundle/chai';
import { validateFeedSync } from '../../src/feed/validate.js';
import { FeedError } from '../../src/feed/errors.js';
import { clone, grantsFeed } from '../fixtures/feeds.mjs';

// A feed spoiled on purpose: the mutations write values of the wrong type, which is the point.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutable = Record<string, any>;

function problems(mutate: (feed: Mutable) => void): { path: string; code: string }[] {
  const feed = clone(grantsFeed()) as Mutable;
  mutate(feed);
  try {
    validateFeedSync(feed);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('schema');
    return (error as FeedError).issues.map(({ path, code }) => ({ path, code }));
  }
  return [];
}

describe('feed schema', () => {
  it('accepts a complete valid feed and keeps every field as given', () => {
    const feed = grantsFeed();
    const parsed = validateFeedSync(clone(feed));
    expect(parsed).to.deep.equal(feed);
  });

  it('accepts the minimal feed of the contract', () => {
    expect(() =>
      validateFeedSync({ version: 1, id: 'x', title: 'T', metrics: [{ id: 'a', label: 'A', value: null }] }),
    ).not.to.throw();
  });

  const cases: [string, (f: Mutable) => void, string, string][] = [
    ['unknown version', (f) => (f.version = 2), 'version', 'unknown-version'],
    ['missing version', (f) => delete f.version, 'version', 'required'],
    ['missing id', (f) => delete f.id, 'id', 'required'],
    ['missing title', (f) => delete f.title, 'title', 'required'],
    ['title in an unknown language only', (f) => (f.title = { de: 'x' }), 'title.de', 'unknown-field'],
    ['empty title object', (f) => (f.title = {}), 'title', 'no-language'],
    ['missing metrics', (f) => delete f.metrics, 'metrics', 'required'],
    ['no metrics', (f) => (f.metrics = []), 'metrics', 'no-metrics'],
    ['metric without id', (f) => delete f.metrics[1].id, 'metrics[1].id', 'required'],
    ['metric id with capitals', (f) => (f.metrics[1].id = 'People'), 'metrics[1].id', 'pattern'],
    ['metric without label', (f) => delete f.metrics[0].label, 'metrics[0].label', 'required'],
    ['metric without value', (f) => delete f.metrics[0].value, 'metrics[0].value', 'required'],
    ['value as text', (f) => (f.metrics[0].value = '61'), 'metrics[0].value', 'wrong-type'],
    ['value not finite', (f) => (f.metrics[0].value = Number.POSITIVE_INFINITY), 'metrics[0].value', 'not-finite'],
    ['value NaN', (f) => (f.metrics[0].value = Number.NaN), 'metrics[0].value', 'not-finite'],
    ['unknown field in a metric', (f) => (f.metrics[0].colour = 'red'), 'metrics[0].colour', 'unknown-field'],
    ['unknown qualifier', (f) => (f.metrics[1].qualifier = 'roughly'), 'metrics[1].qualifier', 'not-allowed'],
    ['unknown format', (f) => (f.metrics[0].format = 'currency:USD'), 'metrics[0].format', 'not-allowed'],
    ['unknown status', (f) => (f.metrics[0].status = 'draft'), 'metrics[0].status', 'not-allowed'],
    ['unknown polarity', (f) => (f.metrics[0].polarity = 'up'), 'metrics[0].polarity', 'not-allowed'],
    ['bad metric period', (f) => (f.metrics[0].period = '2025-13'), 'metrics[0].period', 'pattern'],
    ['bad feed period', (f) => (f.period = 'last year'), 'period', 'pattern'],
    ['bad quarter', (f) => (f.period = '2025-Q5'), 'period', 'pattern'],
    ['bad series period', (f) => (f.metrics[0].series[1].period = '23'), 'metrics[0].series[1].period', 'pattern'],
    [
      'series value as text',
      (f) => (f.metrics[0].series[2].value = 'fifty'),
      'metrics[0].series[2].value',
      'wrong-type',
    ],
    [
      'unknown field in a series point',
      (f) => (f.metrics[0].series[0].note = 'x'),
      'metrics[0].series[0].note',
      'unknown-field',
    ],
    ['previous without value', (f) => delete f.metrics[0].previous.value, 'metrics[0].previous.value', 'required'],
    ['target as text', (f) => (f.metrics[0].target.value = 'a hundred'), 'metrics[0].target.value', 'wrong-type'],
    ['duplicate metric id', (f) => (f.metrics[2].id = 'grants'), 'metrics[2].id', 'duplicate'],
    [
      'category without label',
      (f) => (f.metrics[0].breakdown = [{ key: 'women', value: 3 }]),
      'metrics[0].breakdown[0].label',
      'category-needs-label',
    ],
    [
      'duplicate breakdown key',
      (f) => {
        f.metrics[0].breakdown = [
          { key: 'KZ-35', value: 3 },
          { key: 'KZ-35', value: 4 },
        ];
      },
      'metrics[0].breakdown[1].key',
      'duplicate',
    ],
    ['javascript: source URL', (f) => (f.source.url = 'javascript:alert(1)'), 'source.url', 'pattern'],
    [
      'data: source URL on a metric',
      (f) => (f.metrics[0].source = { name: 'x', url: 'data:text/html,<b>x</b>' }),
      'metrics[0].source.url',
      'pattern',
    ],
    ['bad publication date', (f) => (f.source.published = '19.11.2025'), 'source.published', 'pattern'],
    ['unit as a number', (f) => (f.metrics[0].unit = 5), 'metrics[0].unit', 'wrong-type'],
    [
      'unit with an unknown plural form',
      (f) => (f.metrics[0].unit = { ru: { several: 'x' } }),
      'metrics[0].unit.ru.several',
      'unknown-field',
    ],
    ['empty label', (f) => (f.metrics[0].label = ''), 'metrics[0].label', 'empty'],
    ['unknown top-level field', (f) => (f.owner = 'me'), 'owner', 'unknown-field'],
    [
      'prototype key',
      (f) => Object.defineProperty(f.metrics[0], '__proto__', { value: { polluted: true }, enumerable: true }),
      'metrics[0].__proto__',
      'unknown-field',
    ],
  ];

  for (const [name, mutate, path, code] of cases) {
    it(`reports ${name} at ${path}`, () => {
      const found = problems(mutate);
      expect(found, JSON.stringify(found)).to.deep.include({ path, code });
    });
  }

  it('lists every problem at once, each with its path', () => {
    const found = problems((f) => {
      f.version = 3;
      f.metrics[0].value = 'x';
      f.metrics[1].extra = true;
      f.metrics[2].id = 'grants';
    });
    expect(found.map((p) => p.path)).to.include.members([
      'version',
      'metrics[0].value',
      'metrics[1].extra',
      'metrics[2].id',
    ]);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 5, 'feed', [], true]) {
      expect(() => validateFeedSync(input)).to.throw(FeedError);
    }
  });

  it('never lets a feed pollute Object.prototype', () => {
    const text =
      '{"version":1,"id":"x","title":"t","__proto__":{"polluted":1},' +
      '"metrics":[{"id":"a","label":"a","value":1,"constructor":{"prototype":{"polluted":2}}}]}';
    expect(() => validateFeedSync(JSON.parse(text))).to.throw(FeedError);
    expect(({} as Mutable).polluted).to.equal(undefined);
  });

  it('writes English messages that name the path', () => {
    try {
      validateFeedSync({ version: 1, id: 'x', title: 't', metrics: [{ id: 'a', label: 'a', value: 'many' }] });
      expect.fail('should throw');
    } catch (error) {
      const issue = (error as FeedError).issues[0]!;
      expect(issue.message).to.equal('metrics[0].value: should be a number, not text');
      expect((error as FeedError).message).to.contain('metrics[0].value');
    }
  });
});
