/** Figures as sources write them, in kk, ru and en, read into value, qualifier and format. */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { readDigits, readWrittenValue, shiftDecimal } from '../../src/csv-feed/read-value.js';
import { QUALIFIER_PHRASES } from '../../src/csv-feed/written-words.js';
import { formatQualified } from '../../src/i18n/qualified.js';
import type { Qualifier } from '../../src/feed/schema.js';

function read(cell: string): unknown {
  const outcome = readWrittenValue(cell);
  if (!outcome.ok) throw new Error(`"${cell}" was refused: ${outcome.message}`);
  return outcome.written;
}

function refused(cell: string): string {
  const outcome = readWrittenValue(cell);
  if (outcome.ok) throw new Error(`"${cell}" was read as ${JSON.stringify(outcome.written)}`);
  return outcome.message;
}

/**
 * Figures as kk, ru and en sources write them, and what each is read as (scales exactly, without binary
 * rounding): plain numbers, then those with a format, a qualifier, or both.
 */
const WRITTEN: [cell: string, written: unknown][] = [
  ['1 120,5', { value: 1120.5 }],
  ['1\u00a0120,5', { value: 1120.5 }],
  ['1,120.5', { value: 1120.5 }],
  ['55 000', { value: 55000 }],
  ['1,5 млн', { value: 1500000 }],
  ['1.1M', { value: 1100000 }],
  ['55 тыс.', { value: 55000 }],
  ['55K', { value: 55000 }],
  ['70 %', { value: 70, format: 'percent' }],
  ['70%', { value: 70, format: 'percent' }],
  ['200 000 ₸', { value: 200000, format: 'currency:KZT' }],
  ['₸200,000', { value: 200000, format: 'currency:KZT' }],
  ['4 млн теңге', { value: 4000000, format: 'currency:KZT' }],
  ['более 800', { value: 800, qualifier: 'more-than' }],
  ['800-ден астам', { value: 800, qualifier: 'more-than' }],
  ['290-нан астам', { value: 290, qualifier: 'more-than' }],
  ['about 55,000', { value: 55000, qualifier: 'about' }],
  ['почти 60', { value: 60, qualifier: 'almost' }],
  ['200-ге жуық', { value: 200, qualifier: 'almost' }],
  ['шамамен 55 000', { value: 55000, qualifier: 'about' }],
  ['кемінде 10', { value: 10, qualifier: 'at-least' }],
  ['не менее 10', { value: 10, qualifier: 'at-least' }],
  ['at least 10', { value: 10, qualifier: 'at-least' }],
  ['100-ден аз', { value: 100, qualifier: 'less-than' }],
  ['менее 100', { value: 100, qualifier: 'less-than' }],
  ['fewer than 100', { value: 100, qualifier: 'less-than' }],
  ['around 5', { value: 5, qualifier: 'about' }],
  ['55 мыңнан астам', { value: 55000, qualifier: 'more-than' }],
  ['1,5 млн-нан астам', { value: 1500000, qualifier: 'more-than' }],
  ['200 000 теңгеден астам', { value: 200000, qualifier: 'more-than', format: 'currency:KZT' }],
  ['70%-дан астам', { value: 70, qualifier: 'more-than', format: 'percent' }],
];

describe('reading a figure as written', () => {
  for (const [cell, written] of WRITTEN) {
    it(`reads ${JSON.stringify(cell)} as ${JSON.stringify(written)}`, () => {
      expect(read(cell)).to.deep.equal(written);
    });
  }

  it('shifts a decimal point exactly, without binary rounding', () => {
    expect(shiftDecimal('0.0012', 3)).to.equal('1.2');
    expect(shiftDecimal('-2.5', 9)).to.equal('-2500000000');
  });

  it('reads negative numbers, decimals and "not available"', () => {
    expect(read('-5')).to.deep.equal({ value: -5 });
    expect(read('−2,5')).to.deep.equal({ value: -2.5 });
    expect(read('0,5')).to.deep.equal({ value: 0.5 });
    expect(read('1120')).to.deep.equal({ value: 1120 });
    for (const missing of ['n/a', 'н/д', '—', 'нет данных', 'деректер жоқ'])
      expect(read(missing)).to.deep.equal({ value: null });
  });

  it('takes the decimal sign of "1,120" from the words around it; a bare one groups thousands', () => {
    expect(read('более 1,120')).to.deep.equal({ value: 1.12, qualifier: 'more-than' });
    expect(read('800-ден астам')).to.deep.equal({ value: 800, qualifier: 'more-than' });
    expect(read('more than 1,120')).to.deep.equal({ value: 1120, qualifier: 'more-than' });
    expect(read('1,120')).to.deep.equal({ value: 1120 });
    expect(read('0,120')).to.deep.equal({ value: 0.12 });
    expect(readDigits('1,120', ',')).to.equal('1.120');
    expect(readDigits('1,120', '.')).to.equal('1120');
  });

  it('refuses what it cannot read exactly, saying why', () => {
    expect(refused('')).to.match(/empty/);
    expect(refused('много')).to.match(/no number/);
    expect(refused('очень много 800')).to.match(/"очень" is not a qualifier/);
    expect(refused('plenty of 800')).to.match(/"plenty" is not a qualifier/);
    expect(refused('800 to 900')).to.match(/more than one number/);
    expect(refused('более 800 менее')).to.match(/two qualifiers/);
    expect(refused('70 % ₸')).to.match(/both a percentage and an amount/);
    expect(refused('5 тыс. млн')).to.match(/two scale words/);
    expect(refused('1 20')).to.match(/groups of three/);
    expect(refused('1,20,000')).to.match(/groups of three/);
    expect(refused('1.120,5,5')).to.match(/appears twice/);
    expect(refused('9'.repeat(400))).to.match(/too large/);
    expect(refused('₸ 5 %')).to.match(/both a percentage/);
  });

  it('reads back every qualified phrase the library writes, in kk, ru and en (generated)', () => {
    const qualifiers = Object.keys(QUALIFIER_PHRASES) as Qualifier[];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 50_000_000 }),
          fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10),
        ),
        fc.constantFrom(...qualifiers),
        fc.constantFrom('number', 'percent', 'currency:KZT' as const),
        fc.constantFrom('kk', 'ru', 'en' as const),
        (value, qualifier, format, locale) => {
          const written = formatQualified(value, qualifier, format, locale);
          const outcome = readWrittenValue(written);
          if (!outcome.ok) throw new Error(`${written}: ${outcome.message}`);
          expect(outcome.written.value, written).to.equal(value);
          expect(outcome.written.qualifier ?? 'exact', written).to.equal(qualifier);
          expect(outcome.written.format ?? 'number', written).to.equal(format);
        },
      ),
      { numRuns: 600 },
    );
  });
});
