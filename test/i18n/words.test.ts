import { expect } from '@esm-bundle/chai';
import { describeChange, formatPeriod, formatPeriodComparison, formatValuePhrase, isValidPeriod, messages, selectUnit } from '../../src/i18n/index.js';

const RU_GRANT = { one: 'грант', few: 'гранта', many: 'грантов', other: 'гранта' };
const RU_PERSON = { one: 'человек', few: 'человека', many: 'человек', other: 'человека' };
const EN_PERSON = { one: 'person', other: 'people' };
const sp = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('units and plurals', () => {
  it('declines Russian units by CLDR plural rules', () => {
    expect(selectUnit(RU_GRANT, 1, 'ru')).to.equal('грант');
    expect(selectUnit(RU_GRANT, 2, 'ru')).to.equal('гранта');
    expect(selectUnit(RU_GRANT, 61, 'ru')).to.equal('грант');
    expect(selectUnit(RU_GRANT, 10, 'ru')).to.equal('грантов');
    expect(selectUnit(RU_GRANT, 1.5, 'ru')).to.equal('гранта');
    expect(selectUnit(RU_GRANT, 1.5, 'ru', true)).to.equal('грантов');
  });

  it('keeps Kazakh nouns singular after numerals', () => {
    expect(selectUnit('грант', 10, 'kk')).to.equal('грант');
    expect(selectUnit({ one: 'адам', other: 'адамдар' }, 800, 'kk')).to.equal('адам');
  });

  it('says whole value phrases', () => {
    expect(sp(formatValuePhrase({ value: 1120, qualifier: 'more-than', unit: RU_PERSON }, 'ru'))).to.equal('более 1 120 человек');
    expect(formatValuePhrase({ value: 800, qualifier: 'more-than', unit: 'адам' }, 'kk')).to.equal('800-ден астам адам');
    expect(formatValuePhrase({ value: 200000, format: 'currency:KZT', unit: EN_PERSON }, 'en')).to.equal('₸200,000');
    expect(formatValuePhrase({ value: 55000, qualifier: 'about', unit: EN_PERSON }, 'en')).to.equal('about 55,000 people');
    expect(formatValuePhrase({ value: 1, unit: EN_PERSON }, 'en')).to.equal('1 person');
    expect(sp(formatValuePhrase({ value: 1_500_000, unit: RU_PERSON, compact: true }, 'ru'))).to.equal('1,5 млн человек');
    expect(sp(formatValuePhrase({ value: 70, format: 'percent' }, 'ru'))).to.equal('70 %');
  });

  it('says a missing value as missing, never 0', () => {
    expect(formatValuePhrase({ value: null, unit: RU_PERSON }, 'ru')).to.equal('нет данных');
    expect(formatValuePhrase({ value: null }, 'kk')).to.equal('дерек жоқ');
    expect(formatValuePhrase({ value: null, qualifier: 'more-than' }, 'en')).to.equal('no data');
  });
});

describe('periods', () => {
  const cases: [string, string, string, string][] = [
    ['2025', '2025 ж.', '2025 г.', '2025'],
    ['2025-Q3', '2025 ж. III тоқсан', 'III квартал 2025 г.', 'Q3 2025'],
    ['2024-03', '2024 ж. наурыз', 'март 2024 г.', 'March 2024'],
    ['2025-11-19', '2025 ж. 19 қараша', '19 ноября 2025 г.', '19 November 2025'],
    ['2024-03/2025-10', '2024 ж. наурыз – 2025 ж. қазан', 'март 2024 – октябрь 2025 г.', 'March 2024 – October 2025'],
    ['2023/2025', '2023 ж. – 2025 ж.', '2023 – 2025 г.', '2023 – 2025'],
  ];
  for (const [period, kk, ru, en] of cases) {
    it(`formats ${period}`, () => {
      expect(formatPeriod(period, 'kk')).to.equal(kk);
      expect(formatPeriod(period, 'ru')).to.equal(ru);
      expect(formatPeriod(period, 'en')).to.equal(en);
    });
  }

  it('agrees with the browser on Russian months and dates', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = new Date(Date.UTC(2024, month - 1, 15));
      const intl = new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
      expect(formatPeriod(`2024-${String(month).padStart(2, '0')}`, 'ru')).to.equal(intl);
      const day = new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
      expect(formatPeriod(`2024-${String(month).padStart(2, '0')}-15`, 'ru')).to.equal(day);
    }
  });

  it('validates periods', () => {
    for (const good of ['2025', '2025-Q1', '2025-12', '2025-02-28', '2024-03/2025-10']) expect(isValidPeriod(good), good).to.equal(true);
    for (const bad of ['25', '2025-13', '2025-Q5', '2025/2026/2027', 'last year', '']) expect(isValidPeriod(bad), bad).to.equal(false);
  });

  it('puts a period into a comparison', () => {
    expect(formatPeriodComparison('2024', 'ru')).to.equal('в 2024 году');
    expect(formatPeriodComparison('2024-03', 'ru')).to.equal('в марте 2024 г.');
    expect(formatPeriodComparison('2025-Q3', 'ru')).to.equal('в III квартале 2025 г.');
    expect(formatPeriodComparison('2024', 'en')).to.equal('in 2024');
  });
});

describe('change against the previous period', () => {
  it('says a rise in words, sign and sentiment', () => {
    const ru = describeChange({ value: 61, previous: 50, previousPeriod: '2024', format: 'number', polarity: 'up-is-good' }, 'ru');
    expect(sp(ru.text)).to.equal('на 22 % больше, чем в 2024 году');
    expect(sp(ru.short)).to.equal('+22 %');
    expect(ru.direction).to.equal('up');
    expect(ru.sentiment).to.equal('good');
    const en = describeChange({ value: 61, previous: 50, previousPeriod: '2024', format: 'number', polarity: 'up-is-good' }, 'en');
    expect(en.text).to.equal('22% more than in 2024');
    const kk = describeChange({ value: 61, previous: 50, previousPeriod: '2024', format: 'number', polarity: 'up-is-good' }, 'kk');
    expect(kk.text).to.equal('2024 ж. деңгейімен салыстырғанда 22%-ға көп');
  });

  it('says a fall, and its sentiment follows polarity', () => {
    const down = describeChange({ value: 88, previous: 100, previousPeriod: '2024', format: 'number', polarity: 'down-is-good' }, 'ru');
    expect(sp(down.text)).to.equal('на 12 % меньше, чем в 2024 году');
    expect(down.short).to.equal('\u221212\u00a0%');
    expect(down.sentiment).to.equal('good');
    expect(describeChange({ value: 88, previous: 100, format: 'number', polarity: 'up-is-good' }, 'en').sentiment).to.equal('bad');
    expect(describeChange({ value: 88, previous: 100, format: 'number', polarity: 'neutral' }, 'en').sentiment).to.equal('neutral');
  });

  it('uses percentage points for percentages and absolute numbers from zero', () => {
    expect(describeChange({ value: 70, previous: 64, previousPeriod: '2024', format: 'percent', polarity: 'up-is-good' }, 'en').text).to.equal('6 percentage points more than in 2024');
    expect(sp(describeChange({ value: 70, previous: 64, format: 'percent', polarity: 'up-is-good' }, 'ru').text)).to.equal('на 6 п. п. больше, чем в предыдущем периоде');
    const fromZero = describeChange({ value: 11, previous: 0, previousPeriod: '2024', format: 'number', polarity: 'up-is-good' }, 'kk');
    expect(fromZero.text).to.equal('2024 ж. деңгейімен салыстырғанда 11-ге көп');
    expect(fromZero.text).not.to.contain('Infinity');
  });

  it('says no change plainly', () => {
    const same = describeChange({ value: 5, previous: 5, previousPeriod: '2024', format: 'number', polarity: 'up-is-good' }, 'ru');
    expect(same.direction).to.equal('same');
    expect(same.text).to.equal('столько же, сколько в 2024 году');
  });
});

describe('messages', () => {
  it('has every error kind in every language, each saying what to do', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const kind of ['network', 'http', 'parse', 'schema', 'metric', 'url'] as const) {
        const text = messages(locale).errors[kind];
        expect(text.length, `${locale} ${kind}`).to.be.greaterThan(20);
      }
    }
    expect(messages('ru').errors.network).to.contain('Данные недоступны');
  });
});
