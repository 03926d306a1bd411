/**
 * The Kazakh case ending after a numeral, checked against expectations written by hand here from the
 * spoken words (not computed by the code under test).
 */
import { expect } from '@esm-bundle/chai';
import { formatQualified, kkCaseEnding, kkSpokenWords } from '../../src/i18n/index.js';

/** word → [ablative, dative], as a Kazakh speaker says them. */
const ENDINGS: Record<string, [string, string]> = {
  нөл: ['ден', 'ге'],
  бір: ['ден', 'ге'], екі: ['ден', 'ге'], үш: ['тен', 'ке'], төрт: ['тен', 'ке'], бес: ['тен', 'ке'],
  алты: ['дан', 'ға'], жеті: ['ден', 'ге'], сегіз: ['ден', 'ге'], тоғыз: ['дан', 'ға'],
  он: ['нан', 'ға'], жиырма: ['дан', 'ға'], отыз: ['дан', 'ға'], қырық: ['тан', 'қа'], елу: ['ден', 'ге'],
  алпыс: ['тан', 'қа'], жетпіс: ['тен', 'ке'], сексен: ['нен', 'ге'], тоқсан: ['нан', 'ға'],
  жүз: ['ден', 'ге'], мың: ['нан', 'ға'], миллион: ['нан', 'ға'], миллиард: ['тан', 'қа'],
};
const UNIT_WORDS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TEN_WORDS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** The last word a reader says for 0–100. */
function lastWord(n: number): string {
  if (n === 0) return 'нөл';
  if (n === 100) return 'жүз';
  return n % 10 !== 0 ? UNIT_WORDS[n % 10]! : TEN_WORDS[n / 10]!;
}

describe('Kazakh case endings after numerals', () => {
  it('follows the last spoken word on every number 0–100 (ablative and dative)', () => {
    for (let n = 0; n <= 100; n += 1) {
      const [ablative, dative] = ENDINGS[lastWord(n)]!;
      expect(kkCaseEnding(n, 'ablative'), `${n} ablative`).to.equal(ablative);
      expect(kkCaseEnding(n, 'dative'), `${n} dative`).to.equal(dative);
    }
  });

  it('speaks the numbers the way the endings assume', () => {
    expect(kkSpokenWords(0)).to.equal('нөл');
    expect(kkSpokenWords(40)).to.equal('қырық');
    expect(kkSpokenWords(290)).to.equal('екі жүз тоқсан');
    expect(kkSpokenWords(800)).to.equal('сегіз жүз');
    expect(kkSpokenWords(8000)).to.equal('сегіз мың');
    expect(kkSpokenWords(1120.5)).to.equal('бір мың жүз жиырма бүтін оннан бес');
    expect(kkSpokenWords(1_500_000, { compact: true })).to.equal('бір бүтін оннан бес миллион');
    expect(kkSpokenWords(2656)).to.equal('екі мың алты жүз елу алты');
    // Trailing zeros of a whole number are spoken; only decimal zeros go unsaid.
    expect(kkSpokenWords(10, { maximumFractionDigits: 0 })).to.equal('он');
    expect(kkSpokenWords(100, { maximumFractionDigits: 0 })).to.equal('жүз');
    expect(kkSpokenWords(2.5, { maximumFractionDigits: 0 })).to.equal('үш');
    expect(kkSpokenWords(1.50)).to.equal('бір бүтін оннан бес');
  });

  it('uses жүз for round hundreds', () => {
    for (let n = 100; n <= 900; n += 100) {
      expect(kkCaseEnding(n, 'ablative'), `${n}`).to.equal('ден');
      expect(kkCaseEnding(n, 'dative'), `${n}`).to.equal('ге');
    }
  });

  it('uses мың for round thousands, and миллион / миллиард above', () => {
    for (const n of [1000, 2000, 8000, 10_000, 23_000, 100_000, 500_000]) {
      expect(kkCaseEnding(n, 'ablative'), `${n}`).to.equal('нан');
      expect(kkCaseEnding(n, 'dative'), `${n}`).to.equal('ға');
    }
    expect(kkCaseEnding(1_000_000, 'ablative')).to.equal('нан');
    expect(kkCaseEnding(1_500_000, 'ablative', { compact: true })).to.equal('нан');
    expect(kkCaseEnding(3_000_000_000, 'ablative')).to.equal('тан');
    expect(kkCaseEnding(3_000_000_000, 'dative')).to.equal('қа');
  });

  it('follows the last digit spoken after the decimal comma', () => {
    expect(kkCaseEnding(1.5, 'ablative')).to.equal('тен');
    expect(kkCaseEnding(2.4, 'ablative')).to.equal('тен');
    expect(kkCaseEnding(0.3, 'ablative')).to.equal('тен');
    expect(kkCaseEnding(3.2, 'ablative')).to.equal('ден');
    expect(kkCaseEnding(7.6, 'dative')).to.equal('ға');
    expect(kkCaseEnding(12.25, 'ablative')).to.equal('тен');
    expect(kkCaseEnding(1120.5, 'ablative')).to.equal('тен');
  });

  it('writes qualified phrases with the ending in place', () => {
    expect(formatQualified(40, 'more-than', 'number', 'kk')).to.equal('40-тан астам');
    expect(formatQualified(8000, 'more-than', 'number', 'kk')).to.equal('8\u00a0000-нан астам');
    expect(formatQualified(55_000, 'more-than', 'number', 'kk', { compact: true })).to.equal('55\u00a0мыңнан астам');
    expect(formatQualified(1_500_000, 'more-than', 'number', 'kk', { compact: true })).to.equal('1,5\u00a0миллионнан астам');
    expect(formatQualified(70, 'more-than', 'percent', 'kk')).to.equal('70%-дан астам');
    expect(formatQualified(200_000, 'more-than', 'currency:KZT', 'kk')).to.equal('200\u00a0000\u00a0теңгеден астам');
    expect(formatQualified(60, 'almost', 'number', 'kk')).to.equal('60-қа жуық');
    expect(formatQualified(1.5, 'less-than', 'number', 'kk')).to.equal('1,5-тен аз');
  });
});
