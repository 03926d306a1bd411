import { expect } from '@esm-bundle/chai';
import { chartView, defaultType } from '../../src/elements/chart/chart-view.js';
import { chartMessages, CHART_TYPES, stop } from '../../src/elements/chart/chart-messages.js';
import { shareText } from '../../src/elements/chart/chart-summary.js';
import { holeLines } from '../../src/elements/chart/forms/render-donut.js';
import { downsample } from '../../src/elements/chart/downsample.js';
import { spreadTicks, truncate, wrap } from '../../src/elements/chart/label-fit.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import type { Feed, Metric, Qualifier } from '../../src/feed/schema.js';
import { chartFeed } from './chart-feeds.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { PEOPLE } from '../fixtures/units.mjs';

const spaced = (text: string): string => text.replace(/\u00a0/g, ' ');
const metrics = (...ids: string[]): Metric[] => ids.map((id) => chartFeed().metrics.find((m) => m.id === id)!);

describe('chart view model', () => {
  it('names every mark as a reader says it, with qualifier and unit (kk, ru, en)', () => {
    const names = (locale: 'kk' | 'ru' | 'en'): string[] =>
      chartView(chartFeed(), metrics('placed'), 'bar', locale).series[0]!.points.map((p) => spaced(p.name));
    expect(names('ru')).to.deep.equal([
      'Карагандинская область: 358 человек',
      'Туркестанская область: более 290 человек',
      'город Шымкент: нет данных',
      'город Астана: 120 человек',
    ]);
    expect(names('kk')).to.deep.equal([
      'Қарағанды облысы: 358 адам',
      'Түркістан облысы: 290-нан астам адам',
      'Шымкент қаласы: дерек жоқ',
      'Астана қаласы: 120 адам',
    ]);
    expect(names('en')).to.deep.equal([
      'Karaganda Region: 358 people',
      'Turkistan Region: more than 290 people',
      'Shymkent City: no data',
      'Astana City: 120 people',
    ]);
  });

  it('keeps a missing value missing: null, "no data", never 0', () => {
    const point = chartView(chartFeed(), metrics('placed'), 'column', 'ru').series[0]!.points[2]!;
    expect(point.value).to.equal(null);
    expect(point.phrase).to.equal('нет данных');
    expect(point.short).to.equal('нет данных');
  });

  it('aligns several metrics on the union of their keys, series prefixed in names', () => {
    const view = chartView(chartFeed(), metrics('placed', 'trained'), 'stacked', 'ru');
    expect(view.series).to.have.length(2);
    expect(view.categories.map((c) => c.key)).to.deep.equal(['KZ-35', 'KZ-61', 'KZ-79', 'KZ-71']);
    expect(spaced(view.series[1]!.points[3]!.name)).to.equal('город Астана, Прошли обучение: около 60 человек');
    expect(view.title.text).to.equal('Трудоустройство');
    expect(view.keyHeader).to.equal('Регион');
  });

  it('takes time from series for lines and areas, categories from breakdown otherwise', () => {
    expect(chartView(chartFeed(), metrics('placed'), 'line', 'ru').axis).to.equal('time');
    expect(chartView(chartFeed(), metrics('placed'), 'bar', 'ru').axis).to.equal('category');
    const line = chartView(chartFeed(), metrics('placed'), 'line', 'kk');
    expect(line.categories.map((c) => c.label)).to.deep.equal(['2022 ж.', '2023 ж.', '2024 ж.', '2025 ж.']);
    // A metric with only a breakdown still draws as a line over its categories rather than failing.
    expect(chartView(chartFeed(), metrics('kinds'), 'line', 'ru').categories).to.have.length(4);
  });

  it('falls back to one bar per metric when no metric has a breakdown or series', () => {
    const feed = chartFeed();
    feed.metrics = [
      { id: 'a', label: 'A', value: 5, qualifier: 'about' },
      { id: 'b', label: 'B', value: null },
    ];
    const view = chartView(feed, feed.metrics, 'column', 'en');
    expect(view.categories.map((c) => c.label)).to.deep.equal(['A', 'B']);
    expect(view.series[0]!.points.map((p) => [p.metric, p.key, p.phrase])).to.deep.equal([
      ['a', 'a', 'about 5'],
      ['b', 'b', 'no data'],
    ]);
  });

  it('chooses bars for a breakdown and a line for a series when type is absent', () => {
    expect(defaultType(metrics('kinds'))).to.equal('bar');
    const [placed] = metrics('placed');
    expect(defaultType([{ ...placed!, breakdown: undefined }])).to.equal('line');
  });

  describe('summary', () => {
    it('says the type, what is measured, extremes, total and what is missing — ru', () => {
      const view = chartView(chartFeed(), metrics('placed'), 'bar', 'ru');
      expect(spaced(view.summary)).to.equal(
        'Линейчатая диаграмма: Трудоустроено, 2025 г. 4 значения. ' +
          'Наибольшее значение — Карагандинская область: 358 человек. ' +
          'Наименьшее значение — город Астана: 120 человек. Всего по имеющимся данным: более 760 человек. ' +
          'Нет данных: город Шымкент.',
      );
    });

    it('kk', () => {
      const view = chartView(chartFeed(), metrics('placed'), 'bar', 'kk');
      expect(spaced(view.summary)).to.equal(
        'Көлденең бағанды диаграмма: Жұмысқа орналастырылғандар, 2025 ж. 4 мән. ' +
          'Ең жоғары мән — Қарағанды облысы: 358 адам. Ең төмен мән — Астана қаласы: 120 адам. ' +
          'Қолда бар деректер бойынша барлығы: 760-тан астам адам. Дерек жоқ: Шымкент қаласы.',
      );
    });

    it('totals qualified parts with a true qualifier, no finer than the least precise part (kk, ru, en)', () => {
      const totalOf = (breakdown: Metric['breakdown'], locale: Locale): string => {
        const metric: Metric = { id: 'people', label: 'People', value: null, unit: PEOPLE, breakdown };
        const summary = spaced(chartView(feedOf([metric]) as Feed, [metric], 'bar', locale).summary);
        return summary.slice(summary.lastIndexOf(':') + 2);
      };
      type Part = { value: number; qualifier?: Qualifier };
      const cases: [Part, Part, string[]][] = [
        // "около 55 000" is precise to the thousand, and so is the total.
        [
          { value: 55_000, qualifier: 'about' },
          { value: 812 },
          ['шамамен 56 000 адам.', 'около 56 000 человек.', 'about 56,000 people.'],
        ],
        // A lower bound rounds down, so "more than" stays true.
        [
          { value: 800, qualifier: 'more-than' },
          { value: 291 },
          ['1 000-нан астам адам.', 'более 1 000 человек.', 'more than 1,000 people.'],
        ],
        // The genitive after «более»: 101 → "человека"; the Kazakh ending follows "бір".
        [
          { value: 95, qualifier: 'more-than' },
          { value: 6 },
          ['101-ден астам адам.', 'более 101 человека.', 'more than 101 people.'],
        ],
        // An upper bound rounds up, so "less than" stays true.
        [
          { value: 120, qualifier: 'less-than' },
          { value: 35, qualifier: 'less-than' },
          ['160-тан аз адам.', 'менее 160 человек.', 'fewer than 160 people.'],
        ],
        // A lower and an upper bound together: only "about" is true.
        [
          { value: 1500, qualifier: 'more-than' },
          { value: 40, qualifier: 'less-than' },
          ['шамамен 1 500 адам.', 'около 1 500 человек.', 'about 1,500 people.'],
        ],
      ];
      for (const [first, second, expected] of cases) {
        const breakdown = [
          { key: 'KZ-35', ...first },
          { key: 'KZ-61', ...second },
        ];
        expect(LOCALES.map((locale) => totalOf(breakdown, locale))).to.deep.equal(expected);
      }
    });

    it('says the trend over time, not a total', () => {
      const ru = spaced(chartView(chartFeed(), metrics('placed'), 'line', 'ru').summary);
      expect(ru).to.contain('Рост: 2022 г. — 610 человек, 2025 г. — 1 120 человек.');
      expect(ru).to.contain('Нет данных: 2023 г.');
      expect(ru).not.to.contain('Всего');
      const en = spaced(chartView(chartFeed(), metrics('placed'), 'line', 'en').summary);
      expect(en).to.contain('Rising from 610 people (2022) to 1,120 people (2025).');
      const kk = spaced(chartView(chartFeed(), metrics('placed'), 'area', 'kk').summary);
      expect(kk).to.contain('Өсу: 2022 ж. — 610 адам, 2025 ж. — 1 120 адам.');
    });

    it('gives shares for a donut', () => {
      const view = chartView(chartFeed(), metrics('kinds'), 'donut', 'ru');
      expect(spaced(view.summary)).to.contain('Наибольшее значение — Грант: 210 человек (42 %).');
      expect(spaced(view.summary)).to.contain('Всего: 500 человек.');
    });

    it('never rounds a share that is neither nothing nor everything to 0 % or 100 %', () => {
      const shares = (locale: 'kk' | 'ru' | 'en') =>
        [
          [12, 56_000],
          [55_988, 56_000],
          [0, 56_000],
          [56_000, 56_000],
          [30, 56_000],
        ].map(([value, whole]) => spaced(shareText(value!, whole!, locale)));
      expect(shares('ru')).to.deep.equal(['менее 0,1 %', 'более 99 %', '0 %', '100 %', '0,1 %']);
      expect(shares('en')).to.deep.equal(['less than 0.1%', 'more than 99%', '0%', '100%', '0.1%']);
      expect(shares('kk').slice(0, 2)).to.deep.equal(['0,1%-дан аз', '99%-дан астам']);
    });

    it('never ends a sentence with two full stops', () => {
      for (const locale of LOCALES)
        for (const type of CHART_TYPES) {
          expect(chartView(chartFeed(), metrics('placed', 'trained'), type, locale).summary).not.to.match(/\.\./);
        }
      expect(stop('2025 г.')).to.equal('2025 г.');
      expect(stop('abc')).to.equal('abc.');
    });

    it('counts many missing values instead of listing them', () => {
      const feed = chartFeed();
      feed.metrics[0]!.series = Array.from({ length: 12 }, (_, i) => ({
        period: `${2000 + i}`,
        value: i < 8 ? null : i,
      }));
      expect(spaced(chartView(feed, [feed.metrics[0]!], 'line', 'ru').summary)).to.contain(
        'Нет данных для 8 значений.',
      );
      expect(spaced(chartView(feed, [feed.metrics[0]!], 'line', 'kk').summary)).to.contain('8 мән бойынша дерек жоқ.');
    });
  });

  it('has every message in every language', () => {
    for (const locale of LOCALES) {
      const text = chartMessages(locale);
      for (const type of CHART_TYPES) expect(text.typeName[type]).to.be.a('string').and.not.equal('');
      expect(text.tableToggle).not.to.equal('');
      expect(text.keyboardHint).not.to.equal('');
    }
  });
});

describe('downsample', () => {
  it('keeps every point while there are few', () => {
    expect(downsample([1, 2, 3], 10)).to.have.length(3);
  });

  it("keeps each bucket's first, lowest, highest and last value, and the gaps", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i === 5000 ? null : Math.sin(i / 50)));
    const samples = downsample(values, 500);
    expect(samples.length).to.be.at.most(500 * 5);
    expect(samples.length).to.be.greaterThan(500);
    const kept = samples.map((s) => s.value ?? NaN).filter(Number.isFinite);
    expect(Math.max(...kept)).to.equal(Math.max(...values.filter((v): v is number => v !== null)));
    expect(Math.min(...kept)).to.equal(Math.min(...values.filter((v): v is number => v !== null)));
    expect(samples.some((s) => s.value === null && s.index === 5000)).to.equal(true);
    expect(samples.map((s) => s.index)).to.deep.equal([...samples.map((s) => s.index)].sort((a, b) => a - b));
  });
});

describe('label fitting', () => {
  it("puts a donut's total on one line or two, and never cuts it", () => {
    const measure = (text: string): number => text.length * 10;
    expect(holeLines('около 55,8\u00a0тыс.', 200, measure)).to.deep.equal(['около 55,8\u00a0тыс.']);
    expect(holeLines('около 55,8\u00a0тыс.', 100, measure)).to.deep.equal(['около', '55,8\u00a0тыс.']);
    // The no-break space holds a number to its scale word: no line of its own for "тыс.".
    expect(holeLines('около 55,8\u00a0тыс.', 60, measure)).to.equal(undefined);
    expect(holeLines('55,8\u00a0мыңнан астам', 120, measure)).to.deep.equal(['55,8\u00a0мыңнан', 'астам']);
  });

  const measure = (text: string): number => text.length * 7;
  it('cuts with an ellipsis only when needed', () => {
    expect(truncate('Караганда', 100, measure)).to.equal('Караганда');
    expect(truncate('Западно-Казахстанская область', 70, measure)).to.equal('Западно-К…');
    expect(measure(truncate('Западно-Казахстанская область', 70, measure))).to.be.at.most(70);
  });

  it('cuts between words where that keeps at least half of what fits', () => {
    expect(truncate('Jobs in an application awaiting signature', 200, measure)).to.equal('Jobs in an application…');
    expect(truncate('A verylongwordthatgoeson', 100, measure)).to.equal('A verylongwor…');
  });

  it('breaks a name between words into lines, and cuts only what the last line cannot hold', () => {
    const name = 'Люди с инвалидностью, трудоустроенные на вакантные рабочие места';
    expect(wrap(name, 210, measure)).to.deep.equal(['Люди с инвалидностью,', 'трудоустроенные на вакантные…']);
    expect(wrap(name, 210, measure, 3)).to.deep.equal([
      'Люди с инвалидностью,',
      'трудоустроенные на вакантные',
      'рабочие места',
    ]);
    expect(wrap('Караганда', 300, measure)).to.deep.equal(['Караганда']);
    // A word longer than a line is cut there, with its sign.
    expect(wrap('Западно-Казахстанская область', 70, measure)).to.deep.equal(['Западно-К…']);
  });

  it('spreads ticks evenly with both ends', () => {
    expect(spreadTicks(10_000, 5)).to.deep.equal([0, 2500, 5000, 7499, 9999]);
    expect(spreadTicks(3, 5)).to.deep.equal([0, 1, 2]);
  });
});
