/**
 * The table of numbers and words the library promises embedders, row by row, with the no-break spaces kk and
 * ru group digits with.
 */
import { expect } from '@esm-bundle/chai';
import { formatNumber, formatPeriod, formatQualified, formatValue } from '../../src/i18n/index.js';
import type { Qualifier } from '../../src/feed/schema.js';
import type { Locale } from '../../src/i18n/locale.js';

const NB = '\u00a0';

type Expected = Readonly<Record<Locale, string>>;
type Row = readonly [name: string, format: (locale: Locale) => string, expected: Expected];

/** The row of a plain number said with a qualifier, named like "more-than 800". */
const qualifiedRow = (value: number, qualifier: Qualifier, expected: Expected): Row => [
  `${qualifier} ${value}`,
  (l) => formatQualified(value, qualifier, 'number', l),
  expected,
];

const rows: readonly Row[] = [
  ['1120.5', (l) => formatNumber(1120.5, l), { kk: `1${NB}120,5`, ru: `1${NB}120,5`, en: '1,120.5' }],
  [
    '55000, compact',
    (l) => formatNumber(55000, l, { compact: true }),
    { kk: `55${NB}мың`, ru: `55${NB}тыс.`, en: '55K' },
  ],
  [
    '1 500 000, compact',
    (l) => formatNumber(1_500_000, l, { compact: true }),
    { kk: `1,5${NB}млн`, ru: `1,5${NB}млн`, en: '1.5M' },
  ],
  ['70 (percent)', (l) => formatValue(70, 'percent', l), { kk: '70%', ru: `70${NB}%`, en: '70%' }],
  [
    '200000 (currency:KZT)',
    (l) => formatValue(200000, 'currency:KZT', l),
    { kk: `200${NB}000${NB}₸`, ru: `200${NB}000${NB}₸`, en: '₸200,000' },
  ],
  qualifiedRow(800, 'more-than', { kk: '800-ден астам', ru: 'более 800', en: 'more than 800' }),
  qualifiedRow(290, 'more-than', { kk: '290-нан астам', ru: 'более 290', en: 'more than 290' }),
  qualifiedRow(55000, 'about', { kk: `шамамен 55${NB}000`, ru: `около 55${NB}000`, en: 'about 55,000' }),
  qualifiedRow(200, 'almost', { kk: '200-ге жуық', ru: 'почти 200', en: 'almost 200' }),
  qualifiedRow(10, 'at-least', { kk: 'кемінде 10', ru: 'не менее 10', en: 'at least 10' }),
  qualifiedRow(100, 'less-than', { kk: '100-ден аз', ru: 'менее 100', en: 'fewer than 100' }),
  ['2024-03', (l) => formatPeriod('2024-03', l), { kk: '2024 ж. наурыз', ru: 'март 2024 г.', en: 'March 2024' }],
];

describe('the contract table of numbers and words', () => {
  for (const [name, format, expected] of rows) {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      it(`${name} in ${locale} → ${JSON.stringify(expected[locale])}`, () => {
        expect(format(locale)).to.equal(expected[locale]);
      });
    }
  }

  it('says "less than" in English for amounts that are not counted (percent, tenge)', () => {
    expect(formatQualified(100, 'less-than', 'percent', 'en')).to.equal('less than 100%');
    expect(formatQualified(100, 'less-than', 'currency:KZT', 'en')).to.equal('less than ₸100');
  });

  it('puts the qualifier before percent and tenge in ru and en', () => {
    expect(formatQualified(70, 'more-than', 'percent', 'ru')).to.equal(`более 70${NB}%`);
    expect(formatQualified(200000, 'almost', 'currency:KZT', 'ru')).to.equal(`почти 200${NB}000${NB}₸`);
    expect(formatQualified(200000, 'about', 'currency:KZT', 'en')).to.equal('about ₸200,000');
    expect(formatQualified(1_500_000, 'more-than', 'number', 'en', { compact: true })).to.equal('more than 1.5M');
  });

  it('writes an exact number as it is, in every language and format', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const format of ['number', 'percent', 'currency:KZT'] as const) {
        expect(formatQualified(1234.5, 'exact', format, locale)).to.equal(formatValue(1234.5, format, locale));
      }
    }
  });
});
