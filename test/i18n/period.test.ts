/** ISO 8601 periods in words, in every shape the feed allows, and in the phrases that use them. */
import { expect } from '@esm-bundle/chai';
import { formatPeriod, formatPeriodComparison, formatPeriodSince, isValidPeriod } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';

type Expected = readonly [period: string, kk: string, ru: string, en: string];

function check(format: (period: string, locale: Locale) => string, cases: readonly Expected[]): void {
  for (const [period, kk, ru, en] of cases) {
    expect(format(period, 'kk'), `${period} kk`).to.equal(kk);
    expect(format(period, 'ru'), `${period} ru`).to.equal(ru);
    expect(format(period, 'en'), `${period} en`).to.equal(en);
  }
}

const utc = (year: number, month: number, day = 15): Date => new Date(Date.UTC(year, month - 1, day));
const two = (n: number): string => String(n).padStart(2, '0');

describe('isValidPeriod', () => {
  it('accepts every period shape the feed allows', () => {
    for (const good of [
      '2025',
      '2025-Q1',
      '2025-Q4',
      '2025-01',
      '2025-12',
      '2025-11-19',
      '2024-02-29',
      '2024-03/2025-10',
      '2023/2025',
      '2025-Q1/2025-Q3',
      '2024/2025-10',
    ]) {
      expect(isValidPeriod(good), good).to.equal(true);
    }
  });

  it('refuses other shapes, impossible days and ranges that end before they begin', () => {
    for (const bad of [
      '',
      '25',
      '2025-1',
      '2025-13',
      '2025-00',
      '2025-Q0',
      '2025-Q5',
      '2025-W12',
      '2025-11-31',
      '2025-02-29',
      '2025-11-19T10:00',
      '2025/2026/2027',
      '2025/',
      '2025-10/2024-03',
      'last year',
      ' 2025',
    ]) {
      expect(isValidPeriod(bad), bad).to.equal(false);
    }
  });
});

describe('formatPeriod', () => {
  it('writes a year, a quarter, a month and a date', () => {
    check(formatPeriod, [
      ['2025', '2025 ж.', '2025 г.', '2025'],
      ['2025-Q3', '2025 ж. III тоқсан', 'III квартал 2025 г.', 'Q3 2025'],
      ['2024-03', '2024 ж. наурыз', 'март 2024 г.', 'March 2024'],
      ['2025-11-19', '2025 ж. 19 қараша', '19 ноября 2025 г.', '19 November 2025'],
      ['2025-01-05', '2025 ж. 5 қаңтар', '5 января 2025 г.', '5 January 2025'],
    ]);
  });

  it('names every month in Kazakh', () => {
    const months = 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');
    months.forEach((month, i) => expect(formatPeriod(`2025-${two(i + 1)}`, 'kk')).to.equal(`2025 ж. ${month}`));
  });

  it('agrees with the browser on Russian and English months and dates', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = utc(2024, month);
      for (const [locale, tag] of [
        ['ru', 'ru'],
        ['en', 'en-GB'],
      ] as const) {
        const monthText = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
          date,
        );
        const dayText = new Intl.DateTimeFormat(tag, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        }).format(date);
        expect(formatPeriod(`2024-${two(month)}`, locale)).to.equal(monthText);
        expect(formatPeriod(`2024-${two(month)}-15`, locale)).to.equal(dayText);
      }
    }
  });

  it('joins a range with a spaced en dash and says a shared year once', () => {
    check(formatPeriod, [
      ['2024-03/2025-10', '2024 ж. наурыз – 2025 ж. қазан', 'март 2024 – октябрь 2025 г.', 'March 2024 – October 2025'],
      ['2023/2025', '2023 – 2025 жж.', '2023 – 2025 гг.', '2023 – 2025'],
      ['2025-01/2025-03', '2025 ж. қаңтар – наурыз', 'январь – март 2025 г.', 'January – March 2025'],
      ['2025-Q1/2025-Q3', '2025 ж. I – III тоқсан', 'I – III квартал 2025 г.', 'Q1 – Q3 2025'],
      [
        '2024-Q4/2025-Q2',
        '2024 ж. IV тоқсан – 2025 ж. II тоқсан',
        'IV квартал 2024 – II квартал 2025 г.',
        'Q4 2024 – Q2 2025',
      ],
      ['2025-11-01/2025-11-19', '2025 ж. 1 – 19 қараша', '1 – 19 ноября 2025 г.', '1 – 19 November 2025'],
      [
        '2025-10-01/2025-11-19',
        '2025 ж. 1 қазан – 19 қараша',
        '1 октября – 19 ноября 2025 г.',
        '1 October – 19 November 2025',
      ],
      ['2024/2025-10', '2024 ж. – 2025 ж. қазан', '2024 – октябрь 2025 г.', '2024 – October 2025'],
      ['2025/2025', '2025 ж.', '2025 г.', '2025'],
    ]);
  });

  it('shows what it cannot read as it was given', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      expect(formatPeriod('last year', locale)).to.equal('last year');
      expect(formatPeriod('2025-02-30', locale)).to.equal('2025-02-30');
    }
  });
});

describe('formatPeriodComparison', () => {
  it('puts every shape into the change sentence', () => {
    check(formatPeriodComparison, [
      ['2024', '2024 жылмен салыстырғанда', 'в 2024 году', 'in 2024'],
      ['2025-Q3', '2025 жылғы III тоқсанмен салыстырғанда', 'в III квартале 2025 г.', 'in Q3 2025'],
      ['2024-03', '2024 жылғы наурызбен салыстырғанда', 'в марте 2024 г.', 'in March 2024'],
      ['2024-09', '2024 жылғы қыркүйекпен салыстырғанда', 'в сентябре 2024 г.', 'in September 2024'],
      ['2024-04', '2024 жылғы сәуірмен салыстырғанда', 'в апреле 2024 г.', 'in April 2024'],
      ['2025-11-19', '2025 жылғы 19 қарашамен салыстырғанда', 'на 19 ноября 2025 г.', 'on 19 November 2025'],
      ['2025-Q2', '2025 жылғы II тоқсанмен салыстырғанда', 'во II квартале 2025 г.', 'in Q2 2025'],
      [
        '2024-03/2025-10',
        '2024 ж. наурыз – 2025 ж. қазан кезеңімен салыстырғанда',
        'за март 2024 – октябрь 2025 г.',
        'in March 2024 – October 2025',
      ],
      ['2022/2023', '2022 – 2023 жж. кезеңімен салыстырғанда', 'за 2022 – 2023 гг.', 'in 2022 – 2023'],
    ]);
  });
});

describe('formatPeriodSince', () => {
  it('says where a trend starts, for every shape', () => {
    check(formatPeriodSince, [
      ['2022', '2022 жылдан бері', 'с 2022 года', 'since 2022'],
      ['2025-Q3', '2025 жылғы III тоқсаннан бері', 'с III квартала 2025 г.', 'since Q3 2025'],
      ['2024-03', '2024 жылғы наурыздан бері', 'с марта 2024 г.', 'since March 2024'],
      ['2024-06', '2024 жылғы маусымнан бері', 'с июня 2024 г.', 'since June 2024'],
      ['2024-07', '2024 жылғы шілдеден бері', 'с июля 2024 г.', 'since July 2024'],
      ['2025-11-19', '2025 жылғы 19 қарашадан бері', 'с 19 ноября 2025 г.', 'since 19 November 2025'],
      // "II" and "2" are read "второго": "со".
      ['2025-Q2', '2025 жылғы II тоқсаннан бері', 'со II квартала 2025 г.', 'since Q2 2025'],
      ['2025-11-02', '2025 жылғы 2 қарашадан бері', 'со 2 ноября 2025 г.', 'since 2 November 2025'],
      ['2025-11-12', '2025 жылғы 12 қарашадан бері', 'с 12 ноября 2025 г.', 'since 12 November 2025'],
      // A range counts from its beginning.
      ['2024-03/2025-10', '2024 жылғы наурыздан бері', 'с марта 2024 г.', 'since March 2024'],
    ]);
  });

  it('still reads when given text instead of a period', () => {
    check(formatPeriodSince, [['2022 г.', '2022 г. кезеңінен бері', 'с 2022 г.', 'since 2022 г.']]);
  });
});
