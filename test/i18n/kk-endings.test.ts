/**
 * The Kazakh case ending after a numeral. Every expectation here is derived from words and
 * endings written out by hand in this file — what a Kazakh speaker says — never from the code under test.
 */
import { expect } from '@esm-bundle/chai';
import { formatNumber, formatQualified, kkCaseEnding, kkSpokenWords, kkWordEnding } from '../../src/i18n/index.js';

const NB = '\u00a0';

/** Spoken word → its [ablative, dative, locative] ending, by hand. */
const ENDINGS: Record<string, readonly [string, string, string]> = {
  нөл: ['ден', 'ге', 'де'],
  // units
  бір: ['ден', 'ге', 'де'], // р: voiced, front і
  екі: ['ден', 'ге', 'де'], // vowel, front
  үш: ['тен', 'ке', 'те'], // ш: voiceless
  төрт: ['тен', 'ке', 'те'],
  бес: ['тен', 'ке', 'те'],
  алты: ['дан', 'ға', 'да'], // vowel, back ы
  жеті: ['ден', 'ге', 'де'],
  сегіз: ['ден', 'ге', 'де'], // з: voiced
  тоғыз: ['дан', 'ға', 'да'],
  // tens
  он: ['нан', 'ға', 'да'], // н: nasal → -нан, but -ға/-да
  жиырма: ['дан', 'ға', 'да'], // и is neutral: harmony from а
  отыз: ['дан', 'ға', 'да'],
  қырық: ['тан', 'қа', 'та'],
  елу: ['ден', 'ге', 'де'], // у is neutral: harmony from е
  алпыс: ['тан', 'қа', 'та'],
  жетпіс: ['тен', 'ке', 'те'],
  сексен: ['нен', 'ге', 'де'],
  тоқсан: ['нан', 'ға', 'да'],
  // scales
  жүз: ['ден', 'ге', 'де'],
  мың: ['нан', 'ға', 'да'],
  миллион: ['нан', 'ға', 'да'],
  миллиард: ['тан', 'қа', 'та'], // final д is said [т]: миллиардтан, миллиардқа
  триллион: ['нан', 'ға', 'да'],
};

const UNIT_WORDS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TEN_WORDS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const SCALE_WORDS = ['', 'мың', 'миллион', 'миллиард', 'триллион'];

/** The last word said for a whole number: its lowest non-zero place decides. */
function lastWord(n: number): string {
  if (n === 0) return 'нөл';
  let scale = 0;
  let rest = n;
  while (rest % 1000 === 0) {
    rest /= 1000;
    scale += 1;
  }
  if (scale > 0) return SCALE_WORDS[scale]!;
  if (rest % 10 !== 0) return UNIT_WORDS[rest % 10]!;
  if (rest % 100 !== 0) return TEN_WORDS[(rest % 100) / 10]!;
  return 'жүз';
}

const CASES = ['ablative', 'dative', 'locative'] as const;

function expectEndings(value: number, word: string, options: { compact?: boolean } = {}): void {
  const expected = ENDINGS[word];
  if (!expected) throw new Error(`no hand-written endings for ${word}`);
  CASES.forEach((grammaticalCase, i) => {
    expect(kkCaseEnding(value, grammaticalCase, options), `${value} (${word}) ${grammaticalCase}`).to.equal(
      expected[i],
    );
  });
}

/** A small deterministic generator, so a failure names the same number on every run. */
function* spread(count: number, max: number): Generator<number> {
  let seed = 20251119;
  for (let i = 0; i < count; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    yield Math.floor((seed / 2 ** 31) * max);
  }
}

describe('Kazakh spoken numerals', () => {
  it('says the reference numbers', () => {
    expect(kkSpokenWords(0)).to.equal('нөл');
    expect(kkSpokenWords(40)).to.equal('қырық');
    expect(kkSpokenWords(100)).to.equal('жүз');
    expect(kkSpokenWords(290)).to.equal('екі жүз тоқсан');
    expect(kkSpokenWords(800)).to.equal('сегіз жүз');
    expect(kkSpokenWords(8000)).to.equal('сегіз мың');
    expect(kkSpokenWords(100_000)).to.equal('жүз мың');
    expect(kkSpokenWords(2656)).to.equal('екі мың алты жүз елу алты');
    expect(kkSpokenWords(1120.5)).to.equal('бір мың жүз жиырма бүтін оннан бес');
    expect(kkSpokenWords(12.25)).to.equal('он екі бүтін жүзден жиырма бес');
    expect(kkSpokenWords(1_500_000, { compact: true })).to.equal('бір бүтін оннан бес миллион');
    expect(kkSpokenWords(55_000, { compact: true })).to.equal('елу бес мың');
    expect(kkSpokenWords(2_000_000_000, { compact: true })).to.equal('екі миллиард');
    expect(kkSpokenWords(3_000_400_000)).to.equal('үш миллиард төрт жүз мың');
  });

  it('ends every whole number with the word its lowest non-zero place names', () => {
    for (let n = 0; n <= 1000; n += 1) expect(kkSpokenWords(n).split(' ').at(-1), `${n}`).to.equal(lastWord(n));
  });

  it('says a number as it is written: rounded, trailing zeros unsaid', () => {
    // 1,504 is written "1,5" (two decimals, "1,50" without its zero), so it is said as 1,5.
    expect(kkSpokenWords(1.504)).to.equal('бір бүтін оннан бес');
    expect(kkSpokenWords(1.456)).to.equal('бір бүтін жүзден қырық алты');
    expect(kkSpokenWords(1.5, { maximumFractionDigits: 0 })).to.equal('екі');
    // Trailing zeros of a whole number are spoken; only decimal zeros go unsaid.
    expect(kkSpokenWords(10, { maximumFractionDigits: 0 })).to.equal('он');
    expect(kkSpokenWords(100, { maximumFractionDigits: 0 })).to.equal('жүз');
    expect(kkSpokenWords(2.5, { maximumFractionDigits: 0 })).to.equal('үш');
    expect(kkSpokenWords(1.5)).to.equal('бір бүтін оннан бес');
    expect(kkSpokenWords(-40)).to.equal('қырық');
  });
});

describe('Kazakh case endings after numerals', () => {
  it('follows the last spoken word on every number 0–100 (ablative, dative, locative)', () => {
    for (let n = 0; n <= 100; n += 1) {
      const word = n === 0 ? 'нөл' : n === 100 ? 'жүз' : n % 10 !== 0 ? UNIT_WORDS[n % 10]! : TEN_WORDS[n / 10]!;
      expectEndings(n, word);
    }
  });

  it('uses жүз for round hundreds', () => {
    for (let n = 100; n <= 900; n += 100) expectEndings(n, 'жүз');
    expectEndings(290, 'тоқсан');
    expectEndings(800, 'жүз');
  });

  it('uses мың for round thousands, and миллион / миллиард above', () => {
    for (const n of [1000, 2000, 8000, 10_000, 23_000, 100_000, 500_000, 999_000]) expectEndings(n, 'мың');
    expectEndings(1_000_000, 'миллион');
    expectEndings(7_000_000, 'миллион');
    expectEndings(3_000_000_000, 'миллиард');
    expectEndings(2_000_000_000_000, 'триллион');
  });

  it('follows the scale word of a compact number', () => {
    expectEndings(1_500_000, 'миллион', { compact: true });
    expectEndings(55_000, 'мың', { compact: true });
    expectEndings(2_400_000_000, 'миллиард', { compact: true });
    // Without compact, 1 500 000 is "бір миллион бес жүз мың".
    expectEndings(1_500_000, 'мың');
    // Below a thousand a compact number is plain.
    expectEndings(290, 'тоқсан', { compact: true });
  });

  it('follows the last word said after the decimal comma', () => {
    expectEndings(1.5, 'бес');
    expectEndings(2.4, 'төрт');
    expectEndings(0.3, 'үш');
    expectEndings(3.2, 'екі');
    expectEndings(7.6, 'алты');
    expectEndings(10.9, 'тоғыз');
    expectEndings(12.25, 'бес');
    expectEndings(0.4, 'төрт');
    expectEndings(1120.5, 'бес');
    expectEndings(2.5, 'бес');
  });

  it('agrees with the written digits for every tenth and hundredth up to 100', () => {
    // The word that takes the ending is read off the digits formatNumber writes, with the hand tables above.
    for (let i = 0; i <= 10_000; i += 7) {
      const value = i / 100;
      const [integer = '', fraction] = formatNumber(value, 'kk')
        .replace(/\u00a0/g, '')
        .split(',');
      expectEndings(value, lastWord(Number(fraction ?? integer)));
    }
  });

  it('follows the last spoken word on a spread of large whole numbers', () => {
    for (const n of spread(500, 10 ** 12)) expectEndings(n, lastWord(n));
    for (const n of spread(500, 10 ** 6)) expectEndings(n * 1000, lastWord(n * 1000));
  });

  it('ignores the sign', () => {
    expectEndings(-40, 'қырық');
    expectEndings(-800, 'жүз');
  });
});

describe('Kazakh word endings', () => {
  it('takes harmony from the last back or front vowel, skipping и and у', () => {
    expect(kkWordEnding('миллион', 'ablative')).to.equal('нан');
    expect(kkWordEnding('жиырма', 'dative')).to.equal('ға');
    expect(kkWordEnding('елу', 'dative')).to.equal('ге');
    expect(kkWordEnding('теңге', 'ablative')).to.equal('ден');
    expect(kkWordEnding('пайыз', 'ablative')).to.equal('дан');
    expect(kkWordEnding('пайыз', 'dative')).to.equal('ға');
  });

  /**
   * The month and year words, with the endings they take in comparisons (instrumental) and after "since"
   * (ablative).
   */
  const monthWordEndings: [word: string, instrumental: string, ablative: string][] = [
    ['жыл', 'мен', 'дан'],
    ['қаңтар', 'мен', 'дан'],
    ['ақпан', 'мен', 'нан'],
    ['наурыз', 'бен', 'дан'],
    ['сәуір', 'мен', 'ден'],
    ['мамыр', 'мен', 'дан'],
    ['маусым', 'мен', 'нан'],
    ['шілде', 'мен', 'ден'],
    ['тамыз', 'бен', 'дан'],
    ['қыркүйек', 'пен', 'тен'],
    ['қазан', 'мен', 'нан'],
    ['қараша', 'мен', 'дан'],
    ['желтоқсан', 'мен', 'нан'],
    ['тоқсан', 'мен', 'нан'],
  ];

  it('writes the instrumental the month and year words take in comparisons', () => {
    for (const [word, instrumental] of monthWordEndings)
      expect(kkWordEnding(word, 'instrumental'), word).to.equal(instrumental);
  });

  it('writes the ablative the month and year words take after "since"', () => {
    for (const [word, , ablative] of monthWordEndings) expect(kkWordEnding(word, 'ablative'), word).to.equal(ablative);
  });
});

describe('Kazakh qualified numbers', () => {
  it('puts "астам", "аз" and "жуық" after the number in its case, on every number 0–100', () => {
    for (let n = 0; n <= 100; n += 1) {
      const word = n === 0 ? 'нөл' : n === 100 ? 'жүз' : n % 10 !== 0 ? UNIT_WORDS[n % 10]! : TEN_WORDS[n / 10]!;
      const [ablative, dative] = ENDINGS[word]!;
      expect(formatQualified(n, 'more-than', 'number', 'kk')).to.equal(`${n}-${ablative} астам`);
      expect(formatQualified(n, 'less-than', 'number', 'kk')).to.equal(`${n}-${ablative} аз`);
      expect(formatQualified(n, 'almost', 'number', 'kk')).to.equal(`${n}-${dative} жуық`);
    }
  });

  it('hyphenates after digits and after %, and joins a written-out word', () => {
    expect(formatQualified(40, 'more-than', 'number', 'kk')).to.equal('40-тан астам');
    expect(formatQualified(8000, 'more-than', 'number', 'kk')).to.equal(`8${NB}000-нан астам`);
    expect(formatQualified(1.5, 'less-than', 'number', 'kk')).to.equal('1,5-тен аз');
    // "55 мың" is said as written: the ending joins the word.
    expect(formatQualified(55_000, 'more-than', 'number', 'kk', { compact: true })).to.equal(`55${NB}мыңнан астам`);
    // "1,5 млн" is said "бір бүтін оннан бес миллион": the ending follows "миллион", after a hyphen.
    expect(formatQualified(1_500_000, 'more-than', 'number', 'kk', { compact: true })).to.equal(
      `1,5${NB}млн-нан астам`,
    );
    expect(formatQualified(2_000_000_000, 'almost', 'number', 'kk', { compact: true })).to.equal(`2${NB}млрд-қа жуық`);
    expect(formatQualified(3_000_000_000_000, 'less-than', 'number', 'kk', { compact: true })).to.equal(
      `3${NB}трлн-нан аз`,
    );
    // "70%" is said "жетпіс пайыз": the ending follows пайыз.
    expect(formatQualified(70, 'more-than', 'percent', 'kk')).to.equal('70%-дан астам');
    expect(formatQualified(45, 'almost', 'percent', 'kk')).to.equal('45%-ға жуық');
    // "₸" is said "теңге": written out, with its ending.
    expect(formatQualified(200_000, 'more-than', 'currency:KZT', 'kk')).to.equal(`200${NB}000${NB}теңгеден астам`);
    expect(formatQualified(4_000_000, 'almost', 'currency:KZT', 'kk', { compact: true })).to.equal(
      `4${NB}млн${NB}теңгеге жуық`,
    );
    // Qualifiers before the number leave it as written.
    expect(formatQualified(200_000, 'about', 'currency:KZT', 'kk')).to.equal(`шамамен 200${NB}000${NB}₸`);
    expect(formatQualified(70, 'at-least', 'percent', 'kk')).to.equal('кемінде 70%');
  });
});
