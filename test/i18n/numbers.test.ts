/**
 * Digits in kk, ru and en: our own code in every language (Intl is slow to start), so ru and en are
 * checked against the browser's Intl, on chosen and on generated numbers, and kk against its own rules.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { formatNumber, formatValue } from '../../src/i18n/index.js';

const NB = '\u00a0';
const SPREAD = [
  0, 1, 7, 42, 99.5, 999, 1000, 1001, 1120.5, 12_345.678, 55_000, 100_000, 999_999, 1_500_000, 2_500_000, 123_456_789,
  2e9, -3_400.25, 0.05, 0.004,
];

describe('formatNumber against the browser (ru, en)', () => {
  it('writes plain numbers as Intl does, two decimals at most', () => {
    for (const value of SPREAD) {
      expect(formatNumber(value, 'ru'), `ru ${value}`).to.equal(
        new Intl.NumberFormat('ru', { maximumFractionDigits: 2 }).format(value),
      );
      expect(formatNumber(value, 'en'), `en ${value}`).to.equal(
        new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value),
      );
    }
  });

  it('writes compact numbers as Intl does, one decimal at most', () => {
    for (const value of SPREAD) {
      for (const locale of ['ru', 'en'] as const) {
        const intl = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
        expect(formatNumber(value, locale, { compact: true }), `${locale} ${value}`).to.equal(intl);
      }
    }
  });

  it('writes percent as Intl does (our values are 0–100, Intl takes fractions)', () => {
    for (const value of [0, 5, 12.5, 70, 100, 33.333]) {
      for (const locale of ['ru', 'en'] as const) {
        const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
        expect(formatValue(value, 'percent', locale), `${locale} ${value}`).to.equal(intl);
      }
    }
  });

  it('writes tenge as Intl does with the narrow ₸ and no decimals on whole amounts', () => {
    for (const value of [0, 5, 1500, 200_000, 1234.5, -250]) {
      for (const locale of ['ru', 'en'] as const) {
        const intl = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'KZT',
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: 0,
          maximumFractionDigits: 2,
        }).format(value);
        expect(formatValue(value, 'currency:KZT', locale), `${locale} ${value}`).to.equal(intl);
      }
    }
  });

  it('writes generated numbers exactly as Intl does: every magnitude, halves, plain and compact, 0–3 decimals', () => {
    // Halves that binary floating point cannot hold (1.005, 2.675): Intl rounds what the author wrote.
    const halves = fc
      .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 4 }))
      .map(([n, shift]) => (n + 0.5) / 10 ** shift);
    const magnitudes = fc
      .tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -9, max: 22 }), fc.boolean())
      .map(([m, e, negative]) => (negative ? -1 : 1) * m * 10 ** e);
    const value = fc.oneof(halves, magnitudes, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(
        value,
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.constantFrom('ru', 'en'),
        (number, digits, compact, locale) => {
          const intl = new Intl.NumberFormat(locale, {
            maximumFractionDigits: digits,
            signDisplay: 'negative',
            ...(compact ? { notation: 'compact' } : {}),
          });
          expect(
            formatNumber(number, locale, { compact, maximumFractionDigits: digits }),
            `${locale} ${number} ${digits} ${compact}`,
          ).to.equal(intl.format(number));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('never writes "-0"', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      expect(formatNumber(-0, locale), locale).to.equal('0');
      expect(formatNumber(-0.001, locale), locale).to.equal('0');
      expect(formatNumber(-40, locale, { compact: true }), locale).to.equal('-40');
    }
  });
});

describe('formatNumber in Kazakh', () => {
  it('groups with a no-break space and writes a decimal comma, like Russian', () => {
    for (const value of SPREAD) expect(formatNumber(value, 'kk'), `kk ${value}`).to.equal(formatNumber(value, 'ru'));
    expect(formatNumber(1120.5, 'kk')).to.equal(`1${NB}120,5`);
    expect(formatNumber(12_345_678.9, 'kk')).to.equal(`12${NB}345${NB}678,9`);
  });

  it('prints integers without decimals and rounds to the digits asked for', () => {
    expect(formatNumber(358, 'kk')).to.equal('358');
    expect(formatNumber(1.23456, 'kk')).to.equal('1,23');
    expect(formatNumber(1.23456, 'kk', { maximumFractionDigits: 0 })).to.equal('1');
    expect(formatNumber(1.2, 'kk', { maximumFractionDigits: 3 })).to.equal('1,2');
    expect(formatNumber(2.999, 'kk')).to.equal('3');
  });

  it('compacts at every scale, with a no-break space before the scale word', () => {
    expect(formatNumber(999, 'kk', { compact: true })).to.equal('999');
    expect(formatNumber(1000, 'kk', { compact: true })).to.equal(`1${NB}мың`);
    expect(formatNumber(23_000, 'kk', { compact: true })).to.equal(`23${NB}мың`);
    expect(formatNumber(55_000, 'kk', { compact: true })).to.equal(`55${NB}мың`);
    expect(formatNumber(1_500_000, 'kk', { compact: true })).to.equal(`1,5${NB}млн`);
    expect(formatNumber(2_000_000_000, 'kk', { compact: true })).to.equal(`2${NB}млрд`);
    expect(formatNumber(1_200_000_000_000, 'kk', { compact: true })).to.equal(`1,2${NB}трлн`);
    expect(formatNumber(-2_500_000, 'kk', { compact: true })).to.equal(`-2,5${NB}млн`);
  });

  it('carries rounding over to the next scale, as Intl does in ru', () => {
    expect(formatNumber(999_999, 'kk', { compact: true })).to.equal(`1${NB}млн`);
    expect(formatNumber(999.96, 'kk', { compact: true })).to.equal(`1${NB}мың`);
    expect(formatNumber(999.96, 'ru', { compact: true })).to.equal(`1${NB}тыс.`);
    expect(formatNumber(999_960_000, 'kk', { compact: true })).to.equal(`1${NB}млрд`);
  });
});

describe('formatValue', () => {
  it('writes percent close in kk and en, spaced in ru', () => {
    expect(formatValue(12.5, 'percent', 'kk')).to.equal('12,5%');
    expect(formatValue(12.5, 'percent', 'ru')).to.equal(`12,5${NB}%`);
    expect(formatValue(12.5, 'percent', 'en')).to.equal('12.5%');
  });

  it('writes tenge after the number in kk and ru, before it in en, compact too', () => {
    expect(formatValue(4_000_000, 'currency:KZT', 'kk', { compact: true })).to.equal(`4${NB}млн${NB}₸`);
    expect(formatValue(4_000_000, 'currency:KZT', 'ru', { compact: true })).to.equal(`4${NB}млн${NB}₸`);
    expect(formatValue(4_000_000, 'currency:KZT', 'en', { compact: true })).to.equal('₸4M');
    expect(formatValue(1234.5, 'currency:KZT', 'kk')).to.equal(`1${NB}234,5${NB}₸`);
    expect(formatValue(-250, 'currency:KZT', 'en')).to.equal('-₸250');
    expect(formatValue(-250, 'currency:KZT', 'kk')).to.equal(`-250${NB}₸`);
  });

  it('leaves plain numbers plain', () => {
    for (const locale of ['kk', 'ru', 'en'] as const)
      expect(formatValue(1120.5, 'number', locale)).to.equal(formatNumber(1120.5, locale));
  });
});
