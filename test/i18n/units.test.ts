/** Units after numbers and the whole value phrase a reader says (the KPI tile's part="value"). */
import { expect } from '@esm-bundle/chai';
import { formatValuePhrase, selectUnit } from '../../src/i18n/index.js';

const NB = '\u00a0';
const RU_GRANT = { one: 'грант', few: 'гранта', many: 'грантов', other: 'гранта' };
const RU_PERSON = { one: 'человек', few: 'человека', many: 'человек', other: 'человека' };
const EN_PERSON = { one: 'person', other: 'people' };
/** The phrase with its no-break spaces shown as spaces; where they go is tested on its own below. */
const said = (...args: Parameters<typeof formatValuePhrase>): string =>
  formatValuePhrase(...args).replace(/\u00a0/g, ' ');

describe('selectUnit', () => {
  it('declines Russian units by CLDR plural rules', () => {
    const expected: [number, string][] = [
      [0, 'грантов'],
      [1, 'грант'],
      [2, 'гранта'],
      [4, 'гранта'],
      [5, 'грантов'],
      [10, 'грантов'],
      [11, 'грантов'],
      [14, 'грантов'],
      [21, 'грант'],
      [22, 'гранта'],
      [61, 'грант'],
      [111, 'грантов'],
      [1001, 'грант'],
      [1.5, 'гранта'],
      [0.3, 'гранта'],
    ];
    for (const [value, word] of expected) expect(selectUnit(RU_GRANT, value, 'ru'), `${value}`).to.equal(word);
  });

  it('agrees with Intl.PluralRules("ru") on 0–200', () => {
    const rules = new Intl.PluralRules('ru');
    const forms: Record<string, string> = { one: 'грант', few: 'гранта', many: 'грантов', other: 'гранта' };
    for (let n = 0; n <= 200; n += 1) expect(selectUnit(RU_GRANT, n, 'ru'), `${n}`).to.equal(forms[rules.select(n)]);
  });

  it('takes the genitive plural after a Russian scale word', () => {
    expect(selectUnit(RU_GRANT, 1.5, 'ru', { afterScale: true })).to.equal('грантов');
    expect(selectUnit(RU_GRANT, 1_000_000, 'ru', { afterScale: true })).to.equal('грантов');
    expect(selectUnit(RU_GRANT, 21, 'ru', { afterScale: true, genitive: true })).to.equal('грантов');
  });

  it('uses one/other in English', () => {
    expect(selectUnit(EN_PERSON, 1, 'en')).to.equal('person');
    expect(selectUnit(EN_PERSON, 0, 'en')).to.equal('people');
    expect(selectUnit(EN_PERSON, 2, 'en')).to.equal('people');
    expect(selectUnit(EN_PERSON, 1.5, 'en')).to.equal('people');
  });

  it('keeps Kazakh nouns singular after numerals', () => {
    expect(selectUnit('грант', 10, 'kk')).to.equal('грант');
    expect(selectUnit({ one: 'адам', other: 'адамдар' }, 800, 'kk')).to.equal('адам');
    expect(selectUnit({ other: 'адам' }, 1, 'kk')).to.equal('адам');
  });

  it('falls back sensibly when forms are missing', () => {
    expect(selectUnit({ one: 'грант', other: 'гранта' }, 10, 'ru')).to.equal('гранта');
    expect(selectUnit({ one: 'грант', many: 'грантов' }, 2, 'ru')).to.equal('грантов');
    expect(selectUnit({ one: 'грант' }, 10, 'ru')).to.equal('грант');
    expect(selectUnit({ other: 'people' }, 1, 'en')).to.equal('people');
    expect(selectUnit({ few: 'гранта' }, 1, 'en')).to.equal('гранта');
    expect(selectUnit({}, 1, 'ru')).to.equal('');
  });

  it('says nothing for no unit, and a plain word in any language', () => {
    expect(selectUnit(undefined, 5, 'ru')).to.equal('');
    expect(selectUnit('KZT', 5, 'en')).to.equal('KZT');
    expect(selectUnit(RU_PERSON, null, 'ru')).to.equal('человек');
  });
});

/**
 * The genitive after «более», «менее», «не менее», «около», written out from the rule itself rather than
 * from Intl: a whole number ending in 1 (not 11) → genitive singular (the `few` form); ending in 2–4
 * (not 12–14) → genitive plural (the `many` form); any other whole number → the `many` form; a
 * fraction → genitive singular.
 */
function genitiveForm(written: number, forms: { few: string; many: string }): string {
  if (!Number.isInteger(written)) return forms.few;
  const lastTwo = written % 100;
  const last = written % 10;
  if (last === 1 && lastTwo !== 11) return forms.few;
  return forms.many;
}

describe('Russian genitive after «более», «менее», «не менее», «около»', () => {
  const GOVERNING = { 'more-than': 'более', 'less-than': 'менее', 'at-least': 'не менее', about: 'около' } as const;
  const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

  it('declines the unit for every whole number 0–1 000 after each of the four', () => {
    for (const [qualifier, word] of Object.entries(GOVERNING) as [keyof typeof GOVERNING, string][]) {
      for (let n = 0; n <= 1000; n += 1) {
        for (const forms of [RU_PERSON, RU_GRANT]) {
          expect(said({ value: n, qualifier, unit: forms }, 'ru'), `${word} ${n}`).to.equal(
            `${word} ${group(n)} ${genitiveForm(n, forms)}`,
          );
        }
      }
    }
  });

  it("says the contract's examples", () => {
    expect(said({ value: 2, qualifier: 'more-than', unit: RU_PERSON }, 'ru')).to.equal('более 2 человек');
    expect(said({ value: 21, qualifier: 'about', unit: RU_PERSON }, 'ru')).to.equal('около 21 человека');
    expect(said({ value: 2, qualifier: 'more-than', unit: RU_GRANT }, 'ru')).to.equal('более 2 грантов');
    expect(said({ value: 1, qualifier: 'more-than', unit: RU_PERSON }, 'ru')).to.equal('более 1 человека');
    expect(said({ value: 21, qualifier: 'about', unit: RU_GRANT }, 'ru')).to.equal('около 21 гранта');
    expect(said({ value: 3, qualifier: 'more-than', unit: RU_GRANT }, 'ru')).to.equal('более 3 грантов');
    expect(said({ value: 1.5, qualifier: 'more-than', unit: RU_PERSON }, 'ru')).to.equal('более 1,5 человека');
    expect(said({ value: 101, qualifier: 'at-least', unit: RU_GRANT }, 'ru')).to.equal('не менее 101 гранта');
    expect(said({ value: 24, qualifier: 'less-than', unit: RU_GRANT }, 'ru')).to.equal('менее 24 грантов');
  });

  it('takes the genitive singular after a fraction, and follows the number as written', () => {
    const fractions = [0.1, 0.5, 1.5, 2.5, 4.25, 5.5, 11.5, 21.3, 22.75, 100.01, 999.99];
    for (const [qualifier, word] of Object.entries(GOVERNING) as [keyof typeof GOVERNING, string][]) {
      for (const value of fractions) {
        const written = value.toFixed(2).replace(/0+$/, '').replace('.', ',');
        expect(said({ value, qualifier, unit: RU_GRANT }, 'ru'), `${word} ${value}`).to.equal(
          `${word} ${written} гранта`,
        );
      }
    }
    // 2,004 is written "2": genitive plural, as for 2.
    expect(said({ value: 2.004, qualifier: 'more-than', unit: RU_PERSON }, 'ru')).to.equal('более 2 человек');
    expect(said({ value: 1.004, qualifier: 'about', unit: RU_PERSON }, 'ru')).to.equal('около 1 человека');
  });

  it('leaves «почти» and a bare number to the plural rules, and a scale word to the genitive plural', () => {
    const rules = new Intl.PluralRules('ru');
    for (let n = 0; n <= 1000; n += 1) {
      const form = RU_GRANT[rules.select(n) as keyof typeof RU_GRANT];
      expect(said({ value: n, qualifier: 'almost', unit: RU_GRANT }, 'ru'), `почти ${n}`).to.equal(
        `почти ${group(n)} ${form}`,
      );
      expect(said({ value: n, unit: RU_GRANT }, 'ru'), `${n}`).to.equal(`${group(n)} ${form}`);
    }
    expect(said({ value: 21_000, qualifier: 'about', unit: RU_PERSON, compact: true }, 'ru')).to.equal(
      `около 21 тыс. человек`,
    );
  });

  it('does not touch Kazakh or English', () => {
    expect(said({ value: 2, qualifier: 'more-than', unit: EN_PERSON }, 'en')).to.equal('more than 2 people');
    expect(said({ value: 1, qualifier: 'about', unit: EN_PERSON }, 'en')).to.equal('about 1 person');
    expect(said({ value: 21, qualifier: 'more-than', unit: 'адам' }, 'kk')).to.equal('21-ден астам адам');
  });

  it('falls back to the nearest form a feed gives', () => {
    expect(said({ value: 21, qualifier: 'about', unit: { one: 'грант', other: 'гранта' } }, 'ru')).to.equal(
      'около 21 гранта',
    );
    expect(said({ value: 2, qualifier: 'about', unit: { one: 'грант', many: 'грантов' } }, 'ru')).to.equal(
      'около 2 грантов',
    );
  });
});

describe('formatValuePhrase', () => {
  it('says the value phrases of the public contract', () => {
    expect(said({ value: 1120, qualifier: 'more-than', unit: RU_PERSON }, 'ru')).to.equal(`более 1 120 человек`);
    expect(said({ value: 800, qualifier: 'more-than', unit: 'адам' }, 'kk')).to.equal('800-ден астам адам');
    expect(said({ value: 200000, format: 'currency:KZT', unit: EN_PERSON }, 'en')).to.equal('₸200,000');
  });

  it('declines the unit after the number', () => {
    expect(said({ value: 55000, qualifier: 'about', unit: EN_PERSON }, 'en')).to.equal('about 55,000 people');
    expect(said({ value: 1, unit: EN_PERSON }, 'en')).to.equal('1 person');
    expect(said({ value: 2, unit: RU_GRANT }, 'ru')).to.equal('2 гранта');
    expect(said({ value: 61, unit: RU_GRANT }, 'ru')).to.equal('61 грант');
    expect(said({ value: 10, unit: RU_GRANT }, 'ru')).to.equal('10 грантов');
    expect(said({ value: 1.5, unit: RU_GRANT }, 'ru')).to.equal('1,5 гранта');
    expect(said({ value: 10, unit: 'грант' }, 'kk')).to.equal('10 грант');
    expect(said({ value: 290, qualifier: 'almost', unit: { one: 'адам', other: 'адамдар' } }, 'kk')).to.equal(
      '290-ға жуық адам',
    );
  });

  it('agrees with the number as written, not as stored', () => {
    // 1,004 is written "1": one person, not "people".
    expect(said({ value: 1.004, unit: EN_PERSON }, 'en')).to.equal('1 person');
    expect(said({ value: 1.004, unit: RU_GRANT }, 'ru')).to.equal('1 грант');
  });

  it('says compact numbers with their scale word and the unit that follows it', () => {
    expect(said({ value: 1_500_000, unit: RU_PERSON, compact: true }, 'ru')).to.equal(`1,5 млн человек`);
    expect(said({ value: 1_000, unit: RU_GRANT, compact: true }, 'ru')).to.equal(`1 тыс. грантов`);
    expect(said({ value: 1_500_000, unit: EN_PERSON, compact: true }, 'en')).to.equal('1.5M people');
    expect(said({ value: 55_000, qualifier: 'more-than', unit: 'адам', compact: true }, 'kk')).to.equal(
      `55 мыңнан астам адам`,
    );
    expect(said({ value: 21, unit: RU_GRANT, compact: true }, 'ru')).to.equal('21 грант');
  });

  it('leaves the unit out for percent and tenge, whose sign says it', () => {
    expect(said({ value: 70, format: 'percent', unit: RU_PERSON }, 'ru')).to.equal(`70 %`);
    expect(said({ value: 70, format: 'percent' }, 'kk')).to.equal('70%');
    expect(said({ value: 200000, format: 'currency:KZT', unit: 'теңге' }, 'kk')).to.equal(`200 000 ₸`);
    expect(said({ value: 70, format: 'percent', qualifier: 'more-than' }, 'kk')).to.equal('70%-дан астам');
  });

  it('says a missing value as missing, never 0', () => {
    for (const qualifier of ['exact', 'more-than', 'about'] as const) {
      for (const format of ['number', 'percent', 'currency:KZT'] as const) {
        expect(said({ value: null, qualifier, format, unit: RU_PERSON }, 'ru')).to.equal('нет данных');
        expect(said({ value: null, qualifier, format, unit: 'адам' }, 'kk')).to.equal('дерек жоқ');
        expect(said({ value: null, qualifier, format, unit: EN_PERSON }, 'en')).to.equal('no data');
      }
    }
  });

  it('joins number, a qualifier after it and the unit with no-break spaces, so no line parts them', () => {
    expect(formatValuePhrase({ value: 2, qualifier: 'more-than', unit: RU_PERSON }, 'ru')).to.equal(
      `более 2${NB}человек`,
    );
    expect(formatValuePhrase({ value: 1120, unit: RU_PERSON }, 'ru')).to.equal(`1${NB}120${NB}человек`);
    expect(formatValuePhrase({ value: 800, qualifier: 'more-than', unit: 'адам' }, 'kk')).to.equal(
      `800-ден${NB}астам${NB}адам`,
    );
    expect(formatValuePhrase({ value: 6, unit: { one: 'webinar', other: 'webinars' } }, 'en')).to.equal(
      `6${NB}webinars`,
    );
    expect(formatValuePhrase({ value: 200000, format: 'currency:KZT' }, 'en')).to.equal('₸200,000');
  });

  it('says zero as zero when zero is the figure', () => {
    expect(said({ value: 0, unit: RU_GRANT }, 'ru')).to.equal('0 грантов');
    expect(said({ value: 0, unit: EN_PERSON }, 'en')).to.equal('0 people');
  });
});
