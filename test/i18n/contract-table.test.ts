/** Contract §4, row by row, exactly as written (no-break spaces where the contract requires them). */
import { expect } from '@esm-bundle/chai';
import { formatNumber, formatPeriod, formatQualified, formatValue } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';

const NB = '\u00a0';
/** The contract writes group separators as spaces; in kk and ru they must be U+00A0. */
const nb = (text: string): string => text.replace(/(\d) (\d)/g, `$1${NB}$2`);

type Row = [string, () => (locale: Locale) => string, Record<Locale, string>];

const rows: Row[] = [
  ['1120.5', () => (l) => formatNumber(1120.5, l), { kk: nb('1 120,5'), ru: nb('1 120,5'), en: '1,120.5' }],
  ['55000 compact', () => (l) => formatNumber(55000, l, { compact: true }), { kk: `55${NB}мың`, ru: `55${NB}тыс.`, en: '55K' }],
  ['1 500 000 compact', () => (l) => formatNumber(1_500_000, l, { compact: true }), { kk: `1,5${NB}млн`, ru: `1,5${NB}млн`, en: '1.5M' }],
  ['70 percent', () => (l) => formatValue(70, 'percent', l), { kk: '70%', ru: `70${NB}%`, en: '70%' }],
  ['200000 currency:KZT', () => (l) => formatValue(200000, 'currency:KZT', l), { kk: `200${NB}000${NB}₸`, ru: `200${NB}000${NB}₸`, en: '₸200,000' }],
  ['more-than 800', () => (l) => formatQualified(800, 'more-than', 'number', l), { kk: '800-ден астам', ru: 'более 800', en: 'more than 800' }],
  ['more-than 290', () => (l) => formatQualified(290, 'more-than', 'number', l), { kk: '290-нан астам', ru: 'более 290', en: 'more than 290' }],
  ['about 55000', () => (l) => formatQualified(55000, 'about', 'number', l), { kk: `шамамен 55${NB}000`, ru: `около 55${NB}000`, en: 'about 55,000' }],
  ['almost 200', () => (l) => formatQualified(200, 'almost', 'number', l), { kk: '200-ге жуық', ru: 'почти 200', en: 'almost 200' }],
  ['at-least 10', () => (l) => formatQualified(10, 'at-least', 'number', l), { kk: 'кемінде 10', ru: 'не менее 10', en: 'at least 10' }],
  ['less-than 100', () => (l) => formatQualified(100, 'less-than', 'number', l), { kk: '100-ден аз', ru: 'менее 100', en: 'fewer than 100' }],
  ['2024-03', () => (l) => formatPeriod('2024-03', l), { kk: '2024 ж. наурыз', ru: 'март 2024 г.', en: 'March 2024' }],
];

describe('contract §4 number table', () => {
  for (const [name, make, expected] of rows) {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      it(`${name} in ${locale} → ${JSON.stringify(expected[locale])}`, () => {
        expect(make()(locale)).to.equal(expected[locale]);
      });
    }
  }

  it('agrees with the browser for ru and en on a spread of numbers', () => {
    const samples = [0, 1, 7, 42, 999, 1000, 1120.5, 12_345.678, 100_000, 2_500_000, -3_400.25, 0.05];
    for (const value of samples) {
      expect(formatNumber(value, 'ru'), `ru ${value}`).to.equal(new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(value));
      expect(formatNumber(value, 'en'), `en ${value}`).to.equal(new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value));
    }
  });

  it('writes kk like ru in digits (the browser has no kk data to compare with)', () => {
    const samples = [0, 1, 42, 999, 1000, 1120.5, 12_345.67, 100_000, 2_500_000, -3_400.25];
    for (const value of samples) expect(formatNumber(value, 'kk'), `kk ${value}`).to.equal(formatNumber(value, 'ru'));
  });

  it('compacts kk at every scale and carries over rounding', () => {
    expect(formatNumber(999, 'kk', { compact: true })).to.equal('999');
    expect(formatNumber(2_000_000_000, 'kk', { compact: true })).to.equal(`2${NB}млрд`);
    expect(formatNumber(999_999, 'kk', { compact: true })).to.equal(`1${NB}млн`);
    expect(formatNumber(23_000, 'kk', { compact: true })).to.equal(`23${NB}мың`);
  });

  it('writes compact tenge and decimals of percent', () => {
    expect(formatValue(4_000_000, 'currency:KZT', 'kk', { compact: true })).to.equal(`4${NB}млн${NB}₸`);
    expect(formatValue(4_000_000, 'currency:KZT', 'en', { compact: true })).to.equal('₸4M');
    expect(formatValue(12.5, 'percent', 'kk')).to.equal('12,5%');
    expect(formatValue(12.5, 'percent', 'en')).to.equal('12.5%');
  });
});
