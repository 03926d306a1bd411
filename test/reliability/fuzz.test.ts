/**
 * Fuzzing: generated and mutated feeds. Valid ones render, invalid ones are schema errors, nothing throws.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/elements/kpi/define.js';
import { validateFeedSync } from '../../src/feed/validate.js';
import { FeedError } from '../../src/feed/errors.js';
import { cleanup, settled } from '../support/dom.js';

const text = fc.string({ minLength: 1, maxLength: 30 });
const localized = fc.oneof(text, fc.record({ kk: text, ru: text, en: text }, { requiredKeys: ['ru'] }));
const period = fc.oneof(
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);
const value = fc.oneof(
  fc.constant(null),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 5_000_000 }),
);
const qualifier = fc.constantFrom('exact', 'more-than', 'at-least', 'about', 'almost', 'less-than');
const regions = fc.uniqueArray(
  fc.constantFrom('KZ-10', 'KZ-11', 'KZ-35', 'KZ-47', 'KZ-61', 'KZ-71', 'KZ-75', 'KZ-79'),
  { maxLength: 6 },
);

const metric = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    label: localized,
    value,
    qualifier,
    format: fc.constantFrom('number', 'percent', 'currency:KZT'),
    status: fc.constantFrom('final', 'provisional', 'estimate'),
    polarity: fc.constantFrom('up-is-good', 'down-is-good', 'neutral'),
    period,
    unit: fc.oneof(
      text,
      fc.record({
        ru: fc.record({ one: text, few: text, many: text }),
        en: fc.record({ one: text, other: text }),
        kk: text,
      }),
    ),
    previous: fc.record({ value, period }, { requiredKeys: ['value'] }),
    target: fc.record({ value: fc.integer({ min: 1, max: 1_000_000 }) }),
    series: fc.array(fc.record({ period, value, qualifier }, { requiredKeys: ['period', 'value'] }), { maxLength: 8 }),
    breakdown: regions.chain((codes) => fc.tuple(...codes.map((key) => fc.record({ key: fc.constant(key), value })))),
  },
  { requiredKeys: ['id', 'label', 'value'] },
);

const feed = fc.record(
  {
    version: fc.constant(1),
    id: text,
    title: localized,
    period,
    source: fc.record(
      { name: localized, url: fc.webUrl(), published: fc.constant('2025-11-19') },
      { requiredKeys: ['name'] },
    ),
    metrics: fc.uniqueArray(metric, { minLength: 1, maxLength: 4, selector: (m) => m.id }),
  },
  { requiredKeys: ['version', 'id', 'title', 'metrics'] },
);

// A feed spoiled on purpose: the mutations write values of the wrong type, which is the point.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spoilable = Record<string, any>;

/** Ways a CMS typo or a broken exporter spoils a feed; each must be reported, never thrown. */
const mutations: ((f: Spoilable) => void)[] = [
  (f) => {
    f.version = 2;
  },
  (f) => {
    delete f.metrics;
  },
  (f) => {
    f.metrics[0].value = String(f.metrics[0].value);
  },
  (f) => {
    f.metrics[0].extra = true;
  },
  (f) => {
    f.metrics.push({ ...f.metrics[0] });
  },
  (f) => {
    f.metrics[0].qualifier = 'roughly';
  },
  (f) => {
    f.metrics[0].period = '20-25';
  },
  (f) => {
    f.title = 42;
  },
  (f) => {
    f.metrics[0].value = Number.NaN;
  },
  (f) => {
    f.metrics = [];
  },
];

describe('fuzzed feeds', () => {
  afterEach(() => cleanup('inclusion-kpi'));

  it('validates every generated feed', () => {
    fc.assert(
      fc.property(feed, (generated) => {
        validateFeedSync(generated);
      }),
      { numRuns: 300 },
    );
  });

  it('reports every mutated feed as a schema error and never throws anything else', () => {
    fc.assert(
      fc.property(feed, fc.integer({ min: 0, max: mutations.length - 1 }), (generated, which) => {
        const spoiled = structuredClone(generated) as Spoilable;
        mutations[which]!(spoiled);
        try {
          validateFeedSync(spoiled);
          return false;
        } catch (error) {
          return error instanceof FeedError && error.kind === 'schema' && error.issues.length > 0;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('renders generated feeds in every language without an error', async () => {
    const samples = fc.sample(feed, 40);
    let index = 0;
    for (const generated of samples) {
      const element = document.createElement('inclusion-kpi');
      element.feed = generated;
      element.setAttribute('locale', ['kk', 'ru', 'en'][index % 3]!);
      index += 1;
      document.body.append(element);
      await settled(element);
      expect(element.getAttribute('state'), JSON.stringify(generated).slice(0, 200)).to.equal('ready');
      expect(element.shadowRoot!.querySelector('[part="value"]')!.textContent).not.to.contain('NaN');
      expect(element.shadowRoot!.querySelector('[part="value"]')!.textContent).not.to.contain('undefined');
      element.remove();
    }
  });
});
