/** Units after numbers and the whole value phrase a reader says (the KPI tile's part="value"). */
import { expect } from '@esm-bundle/chai';
import { formatValuePhrase, selectUnit } from '../../src/i18n/index.js';

const NB = '\u00a0';
const RU_GRANT = { one: 'грант', few: 'гранта', many: 'грантов', other: 'гранта' };
const RU_PERSON = { one: 'человек', few: 'человека', many: 'человек', other: 'человека' };
const EN_PERSON = { one: 'person', other: 'people' };

describe('selectUnit', () => {
  it('declines Russian units by CLDR plural rules', () => {
    const expected: [number, string][] = [
      [0, 'грантов'], [1, 'грант'], [2, 'гранта'], [4, 'гранта'], [5, 'грантов'], [10, 'грантов'], [11, 'грантов'],
      [14, 'грантов'], [21, 'грант'], [22, 'гранта'], [61, 'грант'], [111, 'грантов'], [1001, 'грант'], [1.5, 'гранта'], [0.3, 'гранта'],
    ];
    for (const [value, word] of expected) expect(selectUnit(RU_GRANT, value, 'ru'), `${value}`).to.equal(word);
  });

  it('agrees with Intl.PluralRules("ru") on 0–200', () => {
    const rules = new Intl.PluralRules('ru');
    const forms: Record<string, string> = { one: 'грант', few: 'гранта', many: 'грантов', other: 'гранта' };
    for (let n = 0; n <= 200; n += 1) expect(selectUnit(RU_GRANT, n, 'ru'), `${n}`).to.equal(forms[rules.select(n)]);
  });

  it('takes the genitive plural after a Russian scale word', () => {
    expect(selectUnit(RU_GRANT, 1.5, 'ru', true)).to.equal('грантов');
    expect(selectUnit(RU_GRANT, 1_000_000, 'ru', true)).to.equal('грантов');
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

describe('formatValuePhrase', () => {
  it('says the value phrases of the public contract', () => {
    expect(formatValuePhrase({ value: 1120, qualifier: 'more-than', unit: RU_PERSON }, 'ru')).to.equal(`более 1${NB}120 человек`);
    expect(formatValuePhrase({ value: 800, qualifier: 'more-than', unit: 'адам' }, 'kk')).to.equal('800-ден астам адам');
    expect(formatValuePhrase({ value: 200000, format: 'currency:KZT', unit: EN_PERSON }, 'en')).to.equal('₸200,000');
  });

  it('declines the unit after the number', () => {
    expect(formatValuePhrase({ value: 55000, qualifier: 'about', unit: EN_PERSON }, 'en')).to.equal('about 55,000 people');
    expect(formatValuePhrase({ value: 1, unit: EN_PERSON }, 'en')).to.equal('1 person');
    expect(formatValuePhrase({ value: 2, unit: RU_GRANT }, 'ru')).to.equal('2 гранта');
    expect(formatValuePhrase({ value: 61, unit: RU_GRANT }, 'ru')).to.equal('61 грант');
    expect(formatValuePhrase({ value: 10, unit: RU_GRANT }, 'ru')).to.equal('10 грантов');
    expect(formatValuePhrase({ value: 1.5, unit: RU_GRANT }, 'ru')).to.equal('1,5 гранта');
    expect(formatValuePhrase({ value: 10, unit: 'грант' }, 'kk')).to.equal('10 грант');
    expect(formatValuePhrase({ value: 290, qualifier: 'almost', unit: { one: 'адам', other: 'адамдар' } }, 'kk')).to.equal('290-ға жуық адам');
  });

  it('agrees with the number as written, not as stored', () => {
    // 1,004 is written "1": one person, not "people".
    expect(formatValuePhrase({ value: 1.004, unit: EN_PERSON }, 'en')).to.equal('1 person');
    expect(formatValuePhrase({ value: 1.004, unit: RU_GRANT }, 'ru')).to.equal('1 грант');
  });

  it('says compact numbers with their scale word and the unit that follows it', () => {
    expect(formatValuePhrase({ value: 1_500_000, unit: RU_PERSON, compact: true }, 'ru')).to.equal(`1,5${NB}млн человек`);
    expect(formatValuePhrase({ value: 1_000, unit: RU_GRANT, compact: true }, 'ru')).to.equal(`1${NB}тыс. грантов`);
    expect(formatValuePhrase({ value: 1_500_000, unit: EN_PERSON, compact: true }, 'en')).to.equal('1.5M people');
    expect(formatValuePhrase({ value: 55_000, qualifier: 'more-than', unit: 'адам', compact: true }, 'kk')).to.equal(`55${NB}мыңнан астам адам`);
    expect(formatValuePhrase({ value: 21, unit: RU_GRANT, compact: true }, 'ru')).to.equal('21 грант');
  });

  it('leaves the unit out for percent and tenge, whose sign says it', () => {
    expect(formatValuePhrase({ value: 70, format: 'percent', unit: RU_PERSON }, 'ru')).to.equal(`70${NB}%`);
    expect(formatValuePhrase({ value: 70, format: 'percent' }, 'kk')).to.equal('70%');
    expect(formatValuePhrase({ value: 200000, format: 'currency:KZT', unit: 'теңге' }, 'kk')).to.equal(`200${NB}000${NB}₸`);
    expect(formatValuePhrase({ value: 70, format: 'percent', qualifier: 'more-than' }, 'kk')).to.equal('70%-дан астам');
  });

  it('says a missing value as missing, never 0', () => {
    for (const qualifier of ['exact', 'more-than', 'about'] as const) {
      for (const format of ['number', 'percent', 'currency:KZT'] as const) {
        expect(formatValuePhrase({ value: null, qualifier, format, unit: RU_PERSON }, 'ru')).to.equal('нет данных');
        expect(formatValuePhrase({ value: null, qualifier, format, unit: 'адам' }, 'kk')).to.equal('дерек жоқ');
        expect(formatValuePhrase({ value: null, qualifier, format, unit: EN_PERSON }, 'en')).to.equal('no data');
      }
    }
  });

  it('says zero as zero when zero is the figure', () => {
    expect(formatValuePhrase({ value: 0, unit: RU_GRANT }, 'ru')).to.equal('0 грантов');
    expect(formatValuePhrase({ value: 0, unit: EN_PERSON }, 'en')).to.equal('0 people');
  });
});
