/**
 * The fast check (src/feed/well-formed.ts) against the zod schema it mirrors (src/feed/schema.ts). It must
 * never accept what zod refuses, and on JSON input (every fetched or inline feed) it must accept exactly
 * what zod accepts, or valid feeds would download zod for nothing. Compared on generated feeds with random
 * damage at random places, then on the inputs a hostile or careless page can hand over.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { checkFeed, validateFeed } from '../../src/feed/check.js';
import { findDuplicates } from '../../src/feed/inspect.js';
import { FeedSchema } from '../../src/feed/schema.js';
import { validateFeedSync } from '../../src/feed/validate.js';
import { FeedError } from '../../src/feed/errors.js';

const text = fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.constantFrom('Қарағанды', 'более 800'));
const localized = fc.oneof(
  text,
  fc.record({ kk: text, ru: text, en: text }, { requiredKeys: [] }).filter((v) => Object.keys(v).length > 0),
);
const forms = fc.oneof(
  text,
  fc.record({ zero: text, one: text, two: text, few: text, many: text, other: text }, { requiredKeys: ['other'] }),
);
const period = fc.constantFrom('2025', '2025-Q3', '2025-11', '2025-11-19', '2024-03/2025-10', '2019');
const value = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 5_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const qualifier = fc.constantFrom('exact', 'more-than', 'at-least', 'about', 'almost', 'less-than');
const source = fc.record(
  {
    name: localized,
    url: fc.constantFrom('https://www.gov.kz/x', 'http://inform.kz/a?b=1'),
    published: fc.constantFrom('2025-11-19', '2024-02-29'),
    author: localized,
  },
  { requiredKeys: ['name'] },
);
const breakdownItem = fc.oneof(
  fc.record(
    { key: fc.constantFrom('KZ-35', 'KZ-47', 'KZ-75'), value, qualifier, label: localized },
    { requiredKeys: ['key', 'value'] },
  ),
  fc.record(
    { key: fc.constantFrom('women', 'men', 'youth'), value, label: localized },
    { requiredKeys: ['key', 'value', 'label'] },
  ),
);
const metric = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
    label: localized,
    value,
    qualifier,
    unit: fc.oneof(text, fc.record({ kk: forms, ru: forms, en: forms }, { requiredKeys: ['ru'] })),
    format: fc.constantFrom('number', 'percent', 'currency:KZT'),
    status: fc.constantFrom('final', 'provisional', 'estimate'),
    period,
    previous: fc.record({ value, period, qualifier }, { requiredKeys: ['value'] }),
    target: fc.record({ value: fc.integer(), period }, { requiredKeys: ['value'] }),
    polarity: fc.constantFrom('up-is-good', 'down-is-good', 'neutral'),
    series: fc.array(fc.record({ period, value, qualifier }, { requiredKeys: ['period', 'value'] }), { maxLength: 4 }),
    breakdown: fc.array(breakdownItem, { maxLength: 3 }),
    source,
    note: localized,
  },
  { requiredKeys: ['id', 'label', 'value'] },
);
const feed = fc.record(
  {
    $schema: fc.constantFrom('', 'https://example.org/feed.schema.json'),
    version: fc.constant(1),
    id: text,
    title: localized,
    description: localized,
    source,
    period,
    metrics: fc.array(metric, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['version', 'id', 'title', 'metrics'] },
);

/** What a careless exporter or a hostile page puts where a value belongs. */
const junk = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  'x',
  'KZ-35',
  'KZ-99',
  '2025-13',
  '2025-Q5',
  '20-25',
  'javascript:alert(1)',
  'https://ok.kz',
  0,
  -0,
  1,
  2,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  [null],
  {},
  { kk: '' },
  { ru: 'x' },
  { other: 'x' },
  { kk: undefined },
  { period: '2025', value: 1 },
  'more-than',
  'percent',
  'roughly',
);
type Damage = { kind: 'set' | 'delete' | 'add'; where: number; junk: unknown; key: string };
const damage = fc.record({
  kind: fc.constantFrom<Damage['kind']>('set', 'set', 'delete', 'add'),
  where: fc.nat(),
  junk,
  key: fc.constantFrom('extra', '__proto__', 'constructor', 'Value', 'label', 'kk', 'qualifier'),
});

/** Every object and array inside `root`, with the key of each member: the places damage can land. */
function places(root: unknown): { holder: Record<string, unknown>; key: string }[] {
  const found: { holder: Record<string, unknown>; key: string }[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      found.push({ holder: node as Record<string, unknown>, key });
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(root);
  return found;
}

function spoil(input: unknown, harms: readonly Damage[]): unknown {
  for (const harm of harms) {
    // A fresh copy each time: the constants are shared by every run, and later damage may land inside them.
    const junk: unknown = structuredClone(harm.junk);
    const all = places(input);
    const place = all[harm.where % all.length]!;
    const target = place.holder[place.key];
    if (harm.kind === 'set') place.holder[place.key] = junk;
    else if (harm.kind === 'delete') delete place.holder[place.key];
    // An own key, as JSON.parse makes it: `__proto__` included.
    else if (target !== null && typeof target === 'object')
      Object.defineProperty(target, harm.key, {
        value: junk ?? 1,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return input;
}

const zodAccepts = (input: unknown): boolean =>
  FeedSchema.safeParse(input).success && findDuplicates(input).length === 0;

describe('fast feed check against the zod schema', () => {
  it('on JSON input, accepts exactly what zod accepts (3 000 generated feeds, most of them damaged)', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(feed, fc.array(damage, { maxLength: 3 }), (generated, harms) => {
        const json = JSON.stringify(spoil(structuredClone(generated), harms));
        // Two parses: the check must not depend on the other having run first.
        const zodSays = zodAccepts(JSON.parse(json));
        const fast = checkFeed(JSON.parse(json));
        expect(fast !== undefined, json).to.equal(zodSays);
        if (fast !== undefined) expect(fast, json).to.deep.equal(FeedSchema.parse(JSON.parse(json)));
        seen[zodSays ? 'accepted' : 'refused'] += 1;
      }),
      { numRuns: 3_000 },
    );
    // Both sides are reached often, so agreeing means something.
    expect(seen.accepted).to.be.greaterThan(300);
    expect(seen.refused).to.be.greaterThan(300);
  });

  it('on script objects, never accepts what zod refuses, and gives the same feed', () => {
    fc.assert(
      fc.property(feed, fc.array(damage, { maxLength: 2 }), (generated, harms) => {
        const input = spoil(structuredClone(generated), harms);
        const fast = checkFeed(input);
        if (fast === undefined) return;
        expect(zodAccepts(input)).to.equal(true);
        expect(JSON.stringify(fast)).to.equal(JSON.stringify(FeedSchema.parse(input)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts every seed feed in data/ at once', async () => {
    const index = (await (await fetch('/data/index.json')).json()) as { file: string }[];
    const files = index.map((entry) => entry.file);
    expect(files.length).to.be.greaterThan(3);
    for (const file of files) {
      const seed: unknown = await (await fetch(`/data/${file}`)).json();
      expect(checkFeed(seed), file).to.deep.equal(FeedSchema.parse(seed));
    }
  });

  it('returns a copy: changing the input afterwards changes nothing shown', () => {
    const series = Array.from({ length: 10_000 }, (_, i) => ({
      period: `${2000 + (i % 40)}`,
      value: i % 97 === 0 ? null : i / 10,
    }));
    const input = {
      version: 1,
      id: 'long',
      title: { ru: 'Ряд' },
      metrics: [{ id: 'm', label: 'M', value: 1, series }],
    };
    const fast = checkFeed(input)!;
    expect(fast).to.deep.equal(FeedSchema.parse(input));
    series[5]!.value = 999;
    input.title.ru = 'другое';
    expect(fast.metrics[0]!.series![5]!.value).to.equal(0.5);
    expect(fast.title).to.deep.equal({ ru: 'Ряд' });
  });

  it('reads each value once, so a getter cannot pass the check and then hand over something else', () => {
    let reads = 0;
    const metric = {
      id: 'm',
      label: 'M',
      get value(): unknown {
        reads += 1;
        return reads === 1 ? 5 : 'not a number';
      },
    };
    const fast = checkFeed({ version: 1, id: 'f', title: 'F', metrics: [metric] });
    expect(reads).to.equal(1);
    expect(fast?.metrics[0]?.value).to.equal(5);
  });

  it('leaves to zod what it cannot vouch for, and zod decides', async () => {
    class Metric {
      id = 'm';
      label = 'M';
      value = 3;
    }
    const classy = { version: 1, id: 'f', title: 'F', metrics: [new Metric()] };
    expect(checkFeed(classy)).to.equal(undefined);
    expect((await validateFeed(classy)).metrics[0]).to.deep.equal({ id: 'm', label: 'M', value: 3 });

    const throwing = {
      version: 1,
      id: 'f',
      title: 'F',
      metrics: [
        {
          id: 'm',
          label: 'M',
          get value(): number {
            throw new Error('boom');
          },
        },
      ],
    };
    expect(checkFeed(throwing)).to.equal(undefined);
    expect(() => validateFeedSync(throwing)).to.throw(FeedError);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(checkFeed(proxy)).to.equal(undefined);
    expect(() => validateFeedSync(proxy)).to.throw(FeedError);
  });

  it('refuses cycles, holes and prototype keys without hanging or touching a prototype', () => {
    const cyclic: Record<string, unknown> = { version: 1, id: 'f', title: 'F' };
    cyclic.metrics = [{ id: 'm', label: 'M', value: 1, source: { name: cyclic } }];
    expect(checkFeed(cyclic)).to.equal(undefined);
    expect(() => validateFeedSync(cyclic)).to.throw(FeedError);

    const holes = { version: 1, id: 'f', title: 'F', metrics: new Array(1e9) };
    expect(checkFeed(holes)).to.equal(undefined);

    const polluting = JSON.parse(
      '{"version":1,"id":"f","title":"F","metrics":[{"id":"m","label":"M","value":1,"__proto__":{"polluted":true}}]}',
    );
    expect(checkFeed(polluting)).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('a repeated metric id or region key is not valid, however well formed', () => {
    const repeated = {
      version: 1,
      id: 'f',
      title: 'F',
      metrics: [
        { id: 'm', label: 'M', value: 1 },
        { id: 'm', label: 'N', value: 2 },
      ],
    };
    expect(checkFeed(repeated)).to.equal(undefined);
    expect(() => validateFeedSync(repeated)).to.throw(FeedError, /metrics\[1\]\.id/);
  });
});
