/** The table's pure modules on their own: rows, sort, collation and CSV, without an element. */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { textCompare } from '../../src/elements/table/collate.js';
import { nextSort, sortRows, type SortState } from '../../src/elements/table/sort-rows.js';
import { BOM, csvFileName, neutralise, tableCsv } from '../../src/elements/table/table-csv.js';
import { tableMessages } from '../../src/elements/table/table-messages.js';
import { periodSortKey, tableModel, type TableModel, type TableRow } from '../../src/elements/table/table-rows.js';
import { unitLabel } from '../../src/elements/shared/unit-label.js';
import type { Feed, Metric } from '../../src/feed/schema.js';
import { LOCALES, type Locale } from '../../src/i18n/index.js';
import { kazakhWordsFeed, tableFeed } from './table-feeds.js';

const sp = (text: string): string => text.replace(/\u00a0/g, ' ');
const metric = (feed: Feed, id: string): Metric => feed.metrics.find((m) => m.id === id)!;
const model = (locale: Locale, id?: string, feed = tableFeed()): TableModel =>
  tableModel(feed, id ? [metric(feed, id)] : undefined, locale);
const texts = (m: TableModel, rows: readonly TableRow[] = m.rows): string[][] =>
  rows.map((row) => row.cells.map((cell) => sp(cell.text)));
const column = (rows: readonly TableRow[], index: number): string[] => rows.map((row) => sp(row.cells[index]!.text));
const csvLines = (csv: string): string[] => csv.slice(BOM.length).split('\n');

describe('table rows (table-rows.ts)', () => {
  it('lists a regional breakdown with the official full names in kk, ru and en, qualifiers kept, no data said', () => {
    expect(texts(model('ru', 'placed'))).to.deep.equal([
      ['Карагандинская область', '358 человек'],
      ['Туркестанская область', 'более 290 человек'],
      ['город Астана', 'нет данных'],
      ['область Абай', '12 человек'],
      ['область Ұлытау', 'около 1 120,5 человека'],
    ]);
    expect(texts(model('kk', 'placed'))).to.deep.equal([
      ['Қарағанды облысы', '358 адам'],
      ['Түркістан облысы', '290-нан астам адам'],
      ['Астана қаласы', 'дерек жоқ'],
      ['Абай облысы', '12 адам'],
      ['Ұлытау облысы', 'шамамен 1 120,5 адам'],
    ]);
    expect(texts(model('en', 'placed'))).to.deep.equal([
      ['Karaganda Region', '358 people'],
      ['Turkistan Region', 'more than 290 people'],
      ['Astana City', 'no data'],
      ['Abai Region', '12 people'],
      ['Ulytau Region', 'about 1,120.5 people'],
    ]);
    expect(model('ru', 'placed').columns.map((c) => c.header)).to.deep.equal(['Регион', 'Значение']);
    expect(model('kk', 'placed').columns.map((c) => c.header)).to.deep.equal(['Өңір', 'Мәні']);
    expect(model('en', 'placed').columns.map((c) => c.numeric)).to.deep.equal([false, true]);
  });

  it('keeps the number itself, its qualifier and the key for events and CSV; a missing value is null, never 0', () => {
    const rows = model('ru', 'placed').rows;
    expect(rows.map((r) => [r.key, r.value, r.qualifier])).to.deep.equal([
      ['KZ-35', 358, 'exact'],
      ['KZ-61', 290, 'more-than'],
      ['KZ-71', null, 'exact'],
      ['KZ-10', 12, 'exact'],
      ['KZ-62', 1120.5, 'about'],
    ]);
    expect(rows[2]!.cells[1]!.sort).to.equal(null);
  });

  it('names categories by their label and heads the column "category"', () => {
    const m = model('en', 'groups');
    expect(m.columns[0]!.header).to.equal('Category');
    expect(column(m.rows, 0)).to.deep.equal(['=HYPERLINK("http://evil")', 'Comma, "quoted"\nnewline', '+1 and more']);
    expect(column(m.rows, 1).map((t) => t.replace('\u2212', '-'))).to.deep.equal(['10', '20', '-5']);
    expect(m.status).to.equal('provisional');
    expect(m.note?.text).to.equal('Categories are illustrative');
  });

  it('lists a series by period in the reader language, its caption naming no single period', () => {
    expect(texts(model('ru', 'trend'))).to.deep.equal([
      ['ноябрь 2024 г.', '4 %'],
      ['2023 г.', '3 %'],
      ['март 2024 г.', 'нет данных'],
      ['I квартал 2025 г.', 'около 5 %'],
      ['сентябрь 2024 г.', '2 %'],
    ]);
    expect(texts(model('kk', 'trend')).map((r) => r[0])).to.deep.equal([
      '2024 ж. қараша',
      '2023 ж.',
      '2024 ж. наурыз',
      '2025 ж. I тоқсан',
      '2024 ж. қыркүйек',
    ]);
    expect(texts(model('en', 'trend')).map((r) => r[1])).to.deep.equal(['4%', '3%', 'no data', 'about 5%', '2%']);
    expect(model('en', 'trend').columns.map((c) => c.header)).to.deep.equal(['Period', 'Value']);
    expect(model('en', 'trend').caption.period).to.equal(undefined);
    expect(model('en', 'trend').rows.map((r) => r.key)).to.deep.equal([
      '2024-11',
      '2023',
      '2024-03',
      '2025-Q1',
      '2024-09',
    ]);
  });

  it('lists every metric when none is named: label, value phrase, period, status', () => {
    const ru = model('ru');
    expect(ru.columns.map((c) => c.header)).to.deep.equal(['Показатель', 'Значение', 'Период', 'Статус']);
    expect(texts(ru)).to.deep.equal([
      ['Трудоустроено', '1 000 человек', '2025 г.', 'окончательные данные'],
      ['Groups', '30', '2025 г.', 'предварительные данные'],
      ['Динамика', '5 %', '2025 г.', 'окончательные данные'],
      ['Бюджет', '200 000 ₸', '2024 г.', 'оценка'],
    ]);
    expect(texts(model('kk')).map((r) => r.slice(1))).to.deep.equal([
      ['1 000 адам', '2025 ж.', 'түпкілікті деректер'],
      ['30', '2025 ж.', 'алдын ала деректер'],
      ['5%', '2025 ж.', 'түпкілікті деректер'],
      ['200 000 ₸', '2024 ж.', 'бағалау'],
    ]);
    expect(texts(model('en'))[3]).to.deep.equal(['Budget', '₸200,000', '2024', 'estimate']);
    // The line shown under the name where the period and status columns do not fit: no "final".
    expect(model('ru').rows.map((row) => row.detail)).to.deep.equal([
      '2025 г.',
      '2025 г., предварительные данные',
      '2025 г.',
      '2024 г., оценка',
    ]);
    expect(ru.caption.period).to.equal('2025 г.');
    expect(ru.caption.label).to.equal(undefined);
    expect(ru.caption.title.text).to.equal('Проверка таблицы');
  });

  it('marks a label that fell back to another language', () => {
    const kkTrend = model('kk').rows[2]!.cells[0]!;
    expect(kkTrend).to.deep.include({ text: 'Динамика', lang: 'ru' });
    expect(model('ru').rows[2]!.cells[0]!.lang).to.equal('ru');
    expect(model('en').rows[1]!.cells[0]!.lang).to.equal(undefined); // a plain string has no declared language
  });

  it('shows a metric with neither breakdown nor series as one row, and several metrics a row each', () => {
    const feed = tableFeed();
    expect(texts(tableModel(feed, [metric(feed, 'budget')], 'en'))).to.deep.equal([
      ['Budget', '₸200,000', '2024', 'estimate'],
    ]);
    const two = tableModel(feed, [metric(feed, 'budget'), metric(feed, 'placed')], 'en');
    expect(two.mode).to.equal('metrics');
    expect(column(two.rows, 0)).to.deep.equal(['Budget', 'Placed']);
  });

  it('captions a single metric with the feed title, the metric and its period', () => {
    const caption = model('ru', 'placed').caption;
    expect([caption.title.text, caption.label?.text, caption.period]).to.deep.equal([
      'Проверка таблицы',
      'Трудоустроено',
      '2025 г.',
    ]);
    expect(model('kk', 'placed').caption.period).to.equal('2025 ж.');
  });

  it('takes the metric source over the feed source, with the date in words', () => {
    const feed = tableFeed();
    metric(feed, 'placed').source = { name: { ru: 'Акимат' }, published: '2025-11-19' };
    const m = tableModel(feed, [metric(feed, 'placed')], 'en');
    expect(m.source).to.deep.equal({ name: { text: 'Акимат', lang: 'ru' }, published: '19 November 2025' });
    expect(model('ru').source).to.deep.equal({
      name: { text: 'Test Office', lang: undefined },
      url: 'https://example.org/report',
      published: '1 марта 2025 г.',
    });
  });

  it('names units as a header would: the form without a number, % and KZT', () => {
    const feed = tableFeed();
    expect(unitLabel(metric(feed, 'placed'), 'ru')).to.equal('человек');
    expect(unitLabel(metric(feed, 'placed'), 'en')).to.equal('people');
    expect(unitLabel(metric(feed, 'placed'), 'kk')).to.equal('адам');
    expect(unitLabel(metric(feed, 'trend'), 'kk')).to.equal('%');
    expect(unitLabel(metric(feed, 'budget'), 'ru')).to.equal('KZT');
    expect(unitLabel(metric(feed, 'groups'), 'ru')).to.equal('');
  });

  it('orders periods in time, whatever their words', () => {
    // By first day, then the shorter first: a month, its quarter, its year; a range after its first month.
    const order = [
      '2023',
      '2024-01',
      '2024-Q1',
      '2024',
      '2024-01-15',
      '2024-03',
      '2024-03/2025-10',
      '2024-11',
      '2025-Q1',
      '2025',
    ];
    const shuffled = [...order].reverse();
    expect(shuffled.sort((a, b) => (periodSortKey(a) as number) - (periodSortKey(b) as number))).to.deep.equal(order);
    expect(periodSortKey('not a period')).to.equal('not a period');
  });
});

describe('table sort (sort-rows.ts, collate.ts)', () => {
  const sorted = (m: TableModel, state: SortState, locale: Locale, index = state.column): string[] =>
    column(sortRows(m.rows, state, locale), index);

  it('sorts values numerically both ways, with no data last both ways', () => {
    const m = model('ru', 'placed');
    expect(sorted(m, { column: 1, direction: 'ascending' }, 'ru')).to.deep.equal([
      '12 человек',
      'более 290 человек',
      '358 человек',
      'около 1 120,5 человека',
      'нет данных',
    ]);
    expect(sorted(m, { column: 1, direction: 'descending' }, 'ru')).to.deep.equal([
      'около 1 120,5 человека',
      '358 человек',
      'более 290 человек',
      '12 человек',
      'нет данных',
    ]);
  });

  it('sorts negative numbers below zero', () => {
    expect(
      column(sortRows(model('en', 'groups').rows, { column: 1, direction: 'ascending' }, 'en'), 1).map((t) =>
        t.replace('\u2212', '-'),
      ),
    ).to.deep.equal(['-5', '10', '20']);
  });

  it('sorts region names by Russian collation (case-insensitive) and by Kazakh letters', () => {
    expect(sorted(model('ru', 'placed'), { column: 0, direction: 'ascending' }, 'ru')).to.deep.equal([
      'город Астана',
      'Карагандинская область',
      'область Абай',
      'область Ұлытау',
      'Туркестанская область',
    ]);
    expect(sorted(model('ru', 'placed'), { column: 0, direction: 'descending' }, 'ru')).to.deep.equal([
      'Туркестанская область',
      'область Ұлытау',
      'область Абай',
      'Карагандинская область',
      'город Астана',
    ]);
    expect(sorted(model('kk', 'placed'), { column: 0, direction: 'ascending' }, 'kk')).to.deep.equal([
      'Абай облысы',
      'Астана қаласы',
      'Қарағанды облысы',
      'Түркістан облысы',
      'Ұлытау облысы',
    ]);
    expect(sorted(model('en', 'placed'), { column: 0, direction: 'ascending' }, 'en')).to.deep.equal([
      'Abai Region',
      'Astana City',
      'Karaganda Region',
      'Turkistan Region',
      'Ulytau Region',
    ]);
  });

  it('follows the Kazakh alphabet where the browser root order does not (У Ұ Ү, Ы І, Г Ғ)', () => {
    const m = model('kk', 'words', kazakhWordsFeed());
    expect(sorted(m, { column: 0, direction: 'ascending' }, 'kk')).to.deep.equal([
      'Алматы',
      'Әйтеке',
      'Гүл',
      'Ғабит',
      'Уыл',
      'Ұлытау',
      'Үржар',
      'Ыстық',
      'Іле',
    ]);
    // The same words in Russian order: the root order, І right after И.
    expect(sorted(m, { column: 0, direction: 'ascending' }, 'ru').slice(-3)).to.not.deep.equal([
      'Үржар',
      'Ыстық',
      'Іле',
    ]);
  });

  it('compares Kazakh text with numbers in numeric order, and ignores case', () => {
    const compare = textCompare('kk');
    expect(['10 жас', '9 жас', '100 жас', '19 жас'].sort(compare)).to.deep.equal([
      '9 жас',
      '10 жас',
      '19 жас',
      '100 жас',
    ]);
    expect(compare('ұлытау', 'Ұлытау')).to.equal(0);
    expect(compare('Батыс Қазақстан', 'Батысқа')).to.be.below(0);
    expect(compare('Ёлка', 'Ежов')).to.be.above(0);
    expect(textCompare('ru')('ёж', 'еж')).to.equal(0); // Russian: ё and е differ only in accent
  });

  it('sorts periods in time, not by their words', () => {
    const m = model('ru', 'trend');
    expect(sorted(m, { column: 0, direction: 'ascending' }, 'ru')).to.deep.equal([
      '2023 г.',
      'март 2024 г.',
      'сентябрь 2024 г.',
      'ноябрь 2024 г.',
      'I квартал 2025 г.',
    ]);
    expect(sorted(m, { column: 0, direction: 'descending' }, 'ru')).to.deep.equal([
      'I квартал 2025 г.',
      'ноябрь 2024 г.',
      'сентябрь 2024 г.',
      'март 2024 г.',
      '2023 г.',
    ]);
    expect(sorted(model('kk', 'trend'), { column: 0, direction: 'ascending' }, 'kk')).to.deep.equal([
      '2023 ж.',
      '2024 ж. наурыз',
      '2024 ж. қыркүйек',
      '2024 ж. қараша',
      '2025 ж. I тоқсан',
    ]);
    const all = model('en');
    expect(sorted(all, { column: 2, direction: 'ascending' }, 'en', 0)).to.deep.equal([
      'Budget',
      'Placed',
      'Groups',
      'Trend',
    ]);
  });

  it('is stable: equal keys keep the feed order in both directions', () => {
    const all = model('en');
    // Three metrics share 2025; they stay Placed, Groups, Trend whichever way.
    expect(sorted(all, { column: 2, direction: 'descending' }, 'en', 0)).to.deep.equal([
      'Placed',
      'Groups',
      'Trend',
      'Budget',
    ]);
    expect(sorted(all, { column: 3, direction: 'ascending' }, 'en', 0)).to.deep.equal([
      'Budget',
      'Placed',
      'Trend',
      'Groups',
    ]);
  });

  it('never loses or invents rows and always puts no data last (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), { maxLength: 40 }),
        fc.constantFrom<SortState['direction']>('ascending', 'descending'),
        (values, direction) => {
          const rows: TableRow[] = values.map((value, index) => ({
            key: String(index),
            metric: 'm',
            value,
            qualifier: 'exact',
            unit: '',
            cells: [
              { text: `r${index}`, lang: undefined, sort: `r${index}` },
              { text: String(value), lang: undefined, sort: value },
            ],
          }));
          const out = sortRows(rows, { column: 1, direction }, 'en');
          expect(out.map((r) => r.key).sort()).to.deep.equal(rows.map((r) => r.key).sort());
          const firstMissing = out.findIndex((r) => r.value === null);
          if (firstMissing >= 0) expect(out.slice(firstMissing).every((r) => r.value === null)).to.equal(true);
          const numbers = out.filter((r) => r.value !== null).map((r) => r.value as number);
          for (let i = 1; i < numbers.length; i += 1)
            expect(
              direction === 'ascending' ? numbers[i]! >= numbers[i - 1]! : numbers[i]! <= numbers[i - 1]!,
            ).to.equal(true);
          // Stability: equal values keep their original order.
          for (let i = 1; i < out.length; i += 1)
            if (out[i]!.value === out[i - 1]!.value) expect(Number(out[i]!.key)).to.be.above(Number(out[i - 1]!.key));
        },
      ),
    );
  });

  it('starts a new column ascending and flips the same one', () => {
    expect(nextSort(undefined, 2)).to.deep.equal({ column: 2, direction: 'ascending' });
    expect(nextSort({ column: 2, direction: 'ascending' }, 2)).to.deep.equal({ column: 2, direction: 'descending' });
    expect(nextSort({ column: 2, direction: 'descending' }, 2)).to.deep.equal({ column: 2, direction: 'ascending' });
    expect(nextSort({ column: 2, direction: 'descending' }, 0)).to.deep.equal({ column: 0, direction: 'ascending' });
  });
});

describe('table CSV (table-csv.ts)', () => {
  it('starts with a BOM and heads its columns in the reader language', () => {
    const heads: Record<Locale, string> = {
      ru: 'Регион,Значение,Уточнение,Единица измерения,Код',
      kk: 'Өңір,Мәні,Нақтылау,Өлшем бірлігі,Коды',
      en: 'Region,Value,Qualifier,Unit,Code',
    };
    for (const locale of LOCALES) {
      const csv = tableCsv(model(locale, 'placed'), locale);
      expect(csv.startsWith('\ufeff'), locale).to.equal(true);
      expect(csvLines(csv)[0], locale).to.equal(heads[locale]);
    }
  });

  it('writes region names, machine numbers, qualifier code, unit and region code; no data is empty, never 0', () => {
    expect(csvLines(tableCsv(model('ru', 'placed'), 'ru')).slice(1)).to.deep.equal([
      'Карагандинская область,358,exact,человек,KZ-35',
      'Туркестанская область,290,more-than,человек,KZ-61',
      'город Астана,,,человек,KZ-71',
      'область Абай,12,exact,человек,KZ-10',
      'область Ұлытау,1120.5,about,человек,KZ-62',
    ]);
    expect(csvLines(tableCsv(model('kk', 'placed'), 'kk'))[1]).to.equal('Қарағанды облысы,358,exact,адам,KZ-35');
  });

  it('writes a series with ISO periods as codes, and every metric with its own unit, period and status', () => {
    expect(csvLines(tableCsv(model('en', 'trend'), 'en'))).to.deep.equal([
      'Period,Value,Qualifier,Unit,Code',
      'November 2024,4,exact,%,2024-11',
      '2023,3,exact,%,2023',
      'March 2024,,,%,2024-03',
      'Q1 2025,5,about,%,2025-Q1',
      'September 2024,2,exact,%,2024-09',
    ]);
    expect(csvLines(tableCsv(model('ru'), 'ru'))).to.deep.equal([
      'Показатель,Значение,Уточнение,Единица измерения,Период,Статус,Код',
      'Трудоустроено,1000,exact,человек,2025 г.,окончательные данные,placed',
      'Groups,30,exact,,2025 г.,предварительные данные,groups',
      'Динамика,5,exact,%,2025 г.,окончательные данные,trend',
      'Бюджет,200000,exact,KZT,2024 г.,оценка,budget',
    ]);
  });

  it('quotes commas, quotes and line breaks (d3-dsv), and neutralises formulas in text but not in numbers', () => {
    const csv = tableCsv(model('en', 'groups'), 'en');
    expect(csv).to.contain(`"'=HYPERLINK(""http://evil"")",10,exact,,formula`);
    expect(csv).to.contain('"Comma, ""quoted""\nnewline",20,exact,,quoted');
    expect(csv).to.contain("'+1 and more,-5,exact,,plus");
  });

  it('neutralises every formula opener, also full-width and after spaces, and leaves plain text alone', () => {
    for (const text of [
      '=1+1',
      '+1',
      '-1+2',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      ' =1+1',
      '\u00a0=1',
    ]) {
      expect(neutralise(text), JSON.stringify(text)).to.equal(`'${text}`);
    }
    for (const text of ['Karaganda', 'Қарағанды облысы', '1+1=2', 'a=b', '', "'quoted"])
      expect(neutralise(text)).to.equal(text);
  });

  it('never lets a cell start a formula, whatever the label (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (label) => {
        const feed: Feed = {
          version: 1,
          id: 'p',
          title: 't',
          metrics: [{ id: 'm', label: 'm', value: 1, breakdown: [{ key: 'k', value: 1, label }] }],
        };
        const line = csvLines(tableCsv(tableModel(feed, [feed.metrics[0]!], 'en'), 'en'))
          .slice(1)
          .join('\n');
        const cell = line.startsWith('"') ? line.slice(1) : line;
        expect(/^[\s\u00a0\u3000]*[=+\-@＝＋－＠]/.test(cell) || /^[\t\r]/.test(cell), JSON.stringify(label)).to.equal(
          false,
        );
      }),
    );
  });

  it('writes the rows in the feed order, whatever the table shows', () => {
    const m = model('en', 'placed');
    expect(csvLines(tableCsv(m, 'en'))[1]).to.match(/^Karaganda Region,/);
  });

  it('names the file after the feed id (and metric), with nothing a file system would refuse', () => {
    expect(csvFileName('table-test', 'placed')).to.equal('table-test-placed.csv');
    expect(csvFileName('table-test')).to.equal('table-test.csv');
    expect(csvFileName('../../etc/passwd')).to.equal('etc-passwd.csv');
    expect(csvFileName('a,b', 'x,y')).to.equal('a-b-x-y.csv');
    expect(csvFileName('???')).to.equal('data.csv');
    expect(csvFileName('қарағанды-2025')).to.equal('қарағанды-2025.csv');
  });
});

describe('table messages', () => {
  it('has every word in kk, ru and en, each its own', () => {
    const [kk, ru, en] = LOCALES.map((locale) => tableMessages(locale));
    for (const words of [kk!, ru!, en!]) {
      for (const [key, value] of Object.entries(words)) {
        if (typeof value === 'string') expect(value, key).to.not.equal('');
      }
    }
    for (const key of ['region', 'value', 'download', 'statusFinal'] as const) {
      expect(new Set([kk![key], ru![key], en![key]]).size, key).to.equal(3);
    }
    expect(ru!.sorted('Регион', 'ascending')).to.equal('Отсортировано по столбцу «Регион», по возрастанию');
    expect(kk!.sorted('Өңір', 'descending')).to.equal('«Өңір» бағаны бойынша кему ретімен сұрыпталды');
    expect(en!.sortAction('descending')).to.equal('Sort descending');
  });
});
