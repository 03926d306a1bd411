/**
 * The series fast path (src/feed/series-point.ts) must never accept a point the schema refuses, and should
 * accept the points it accepts (or the fast path would never be taken). Compared on generated points, and
 * on whole feeds: the fast path and the full schema give the same feed and the same problems.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { checkFeed } from '../../src/feed/check.js';
import { FeedSchema, SeriesPointSchema } from '../../src/feed/schema.js';
import { isSeriesPoint, seriesAreWellFormed } from '../../src/feed/series-point.js';
import { validateFeedSync } from '../../src/feed/validate.js';
import { FeedError } from '../../src/feed/errors.js';

const goodPeriod = fc.oneof(
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.constant('2024-03/2025-10'),
);
const anyPeriod = fc.oneof(goodPeriod, fc.string({ maxLength: 12 }), fc.constantFrom('2025-13', '2025-Q5', '25', '2025-1', ' 2025', '2025/'), fc.integer());
const anyValue = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE, 0, -0),
  fc.string({ maxLength: 4 }),
  fc.constant(undefined),
  fc.boolean(),
);
const anyQualifier = fc.oneof(fc.constantFrom('exact', 'more-than', 'at-least', 'about', 'almost', 'less-than'), fc.string({ maxLength: 10 }), fc.constant(undefined), fc.constant(null));
const point = fc.oneof(
  fc.record({ period: anyPeriod, value: anyValue, qualifier: anyQualifier }, { requiredKeys: [] }),
  fc.record({ period: goodPeriod, value: fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })) }),
  fc.record({ period: goodPeriod, value: fc.integer(), extra: fc.string() }),
  fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.integer(), { maxLength: 2 })),
);

describe('series fast path', () => {
  it('accepts exactly the points SeriesPointSchema accepts (5 000 generated points)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(point, (candidate) => {
        const zodSays = SeriesPointSchema.safeParse(candidate).success;
        expect(isSeriesPoint(candidate), JSON.stringify(candidate)).to.equal(zodSays);
        if (zodSays) accepted += 1;
      }),
      { numRuns: 5_000 },
    );
    // The generator reaches both sides, so the comparison means something.
    expect(accepted).to.be.greaterThan(200);
  });

  it('refuses an object whose fields come from a prototype, which the full schema then judges', () => {
    expect(isSeriesPoint(Object.create({ period: '2025', value: 1 }))).to.equal(false);
    expect(isSeriesPoint(Object.assign(Object.create(null), { period: '2025', value: 1 }))).to.equal(true);
    expect(isSeriesPoint(JSON.parse('{"period":"2025","value":1,"__proto__":{"x":1}}'))).to.equal(false);
    expect(isSeriesPoint({ period: '2025', value: 1 })).to.equal(true);
  });

  it('a feed of 10 000 well-formed points takes the fast path and gives the same feed as the full schema', () => {
    const series = Array.from({ length: 10_000 }, (_, i) => ({ period: `${2000 + (i % 40)}`, value: i % 97 === 0 ? null : i / 10, ...(i % 13 === 0 ? { qualifier: 'about' } : {}) }));
    const feed = { version: 1, id: 'long', title: 'Long', metrics: [{ id: 'm', label: 'M', value: 1, series }] };
    expect(seriesAreWellFormed(feed)).to.equal(true);
    const verdict = checkFeed(feed);
    expect(verdict.ok).to.equal(true);
    const full = FeedSchema.parse(feed);
    expect(verdict.ok && verdict.feed).to.deep.equal(full);
    // Copied, like zod's own result: changing the input afterwards changes nothing shown.
    if (verdict.ok) expect(verdict.feed.metrics[0]!.series![5]).to.not.equal(series[5]);
  });

  it('one bad point among 10 000 is reported at its path, as the full schema words it', () => {
    const series = Array.from({ length: 10_000 }, (_, i) => ({ period: '2025', value: i }));
    (series[5_000] as { value: unknown }).value = 'many';
    const feed = { version: 1, id: 'long', title: 'Long', metrics: [{ id: 'm', label: 'M', value: 1, series }] };
    expect(seriesAreWellFormed(feed)).to.equal(false);
    let error: unknown;
    try {
      validateFeedSync(feed);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).issues.map((issue) => issue.message)).to.deep.equal(['metrics[0].series[5000].value: should be a number, not text']);
  });

  it('everything outside the points is still checked by zod on the fast path', () => {
    const feed = { version: 1, id: 'x', title: 'X', metrics: [{ id: 'Bad Id', label: 'M', value: 1, series: [{ period: '2025', value: 1 }] }] };
    expect(seriesAreWellFormed(feed)).to.equal(true);
    const verdict = checkFeed(feed);
    expect(verdict.ok).to.equal(false);
  });
});
