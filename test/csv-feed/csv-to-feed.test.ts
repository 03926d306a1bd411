/**
 * The table → feed converter shared by `from-csv` and the feed editor: every column, the row kinds
 * (headline, series, breakdown), separators and BOM, every problem with its row and column, and
 * feed → table → feed round trips on generated feeds.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import { csvToFeed, type CsvProblem } from '../../src/csv-feed/csv-to-feed.js';
import { feedToCsv, tableCannotHold } from '../../src/csv-feed/feed-to-csv.js';
import { detectSeparator } from '../../src/csv-feed/read-table.js';
import { findRegionCode } from '../../src/regions/region-lookup.js';
import { PROBLEM_CODES, problemText } from '../../src/csv-feed/problem-text.js';
import { REGION_CODES } from '../../src/regions/codes.js';
import { REGION_NAMES } from '../../src/regions/names.js';
import { validateFeedSync } from '../../src/feed/validate.js';
import type { Feed, Metric } from '../../src/feed/schema.js';
import { PEOPLE } from '../fixtures/units.mjs';

const details = { id: 'test', title: 'Test' };

function convert(text: string, extra: Record<string, unknown> = {}): Feed {
  const outcome = csvToFeed(text, { ...details, ...extra });
  if (!outcome.ok)
    throw new Error(outcome.problems.map((p) => `${p.row}:${p.column ?? p.option}: ${p.message}`).join('\n'));
  validateFeedSync(outcome.feed);
  return outcome.feed;
}

function problems(text: string, extra: Record<string, unknown> = {}): CsvProblem[] {
  const outcome = csvToFeed(text, { ...details, ...extra });
  if (outcome.ok) throw new Error(`converted: ${JSON.stringify(outcome.feed)}`);
  return [...outcome.problems];
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('table → feed: columns', () => {
  it('reads every column into its field', () => {
    const feed = convert(
      lines(
        'metric,label:kk,label:ru,label:en,value,qualifier,unit:kk,unit:ru,unit:en,format,' +
          'period,region,status,note:kk,note:ru,note:en,target',
        'placed,Орналастырылды,Трудоустроено,Placed,358,more-than,адам,' +
          'человек|человека|человек|человека,person|people,number,,,provisional,К,Р,E,400',
      ),
    );
    expect(feed.metrics[0]).to.deep.equal({
      id: 'placed',
      label: { kk: 'Орналастырылды', ru: 'Трудоустроено', en: 'Placed' },
      value: 358,
      qualifier: 'more-than',
      unit: PEOPLE,
      status: 'provisional',
      target: { value: 400 },
      note: { kk: 'К', ru: 'Р', en: 'E' },
    });
  });

  it('reads plain label, unit and note for every language, headers in any case and order', () => {
    const feed = convert(lines(' Value ,NOTE,Unit,Label,Metric', '"1 120,5",Said so,грант,Гранты,grants'));
    expect(feed.metrics[0]).to.deep.equal({
      id: 'grants',
      label: 'Гранты',
      value: 1120.5,
      qualifier: 'exact',
      unit: 'грант',
      note: 'Said so',
    });
  });

  it('takes format from the format column or from the value cells', () => {
    expect(convert(lines('metric,label,value,format', 'a,A,70,percent')).metrics[0]!.format).to.equal('percent');
    expect(convert(lines('metric,label,value,format', 'a,A,70,%')).metrics[0]!.format).to.equal('percent');
    expect(convert(lines('metric,label,value', 'a,A,200 000 ₸')).metrics[0]!.format).to.equal('currency:KZT');
    expect(convert(lines('metric,label,value,format', 'a,A,5,currency:KZT')).metrics[0]!.format).to.equal(
      'currency:KZT',
    );
    expect(convert(lines('metric,label,value', 'a,A,5')).metrics[0]).to.not.have.property('format');
  });

  it('accepts qualifier words in every language and the feed vocabulary', () => {
    for (const [word, qualifier] of [
      ['более', 'more-than'],
      ['астам', 'more-than'],
      ['about', 'about'],
      ['almost', 'almost'],
      ['кемінде', 'at-least'],
      ['less-than', 'less-than'],
      ['exact', 'exact'],
    ]) {
      expect(convert(lines('metric,label,value,qualifier', `a,A,5,${word}`)).metrics[0]!.qualifier, word).to.equal(
        qualifier,
      );
    }
  });

  it('adds the feed details given as options', () => {
    const feed = convert(lines('metric,label,value', 'a,A,5'), {
      id: 'karaganda',
      title: { kk: 'Т', ru: 'З', en: 'T' },
      sourceName: 'Kazinform',
      sourceUrl: 'https://inform.kz/a',
      published: '2025-11-19',
      period: '2025',
    });
    expect(feed).to.include({ id: 'karaganda', period: '2025' });
    expect(feed.title).to.deep.equal({ kk: 'Т', ru: 'З', en: 'T' });
    expect(feed.source).to.deep.equal({ name: 'Kazinform', url: 'https://inform.kz/a', published: '2025-11-19' });
  });
});

describe('table → feed: rows', () => {
  const table = lines(
    'metric\tlabel:en\tvalue\tperiod\tregion',
    'people\tPeople\t1 120\t\t',
    'people\t\tболее 800\t2023\t',
    'people\t\t800-ден астам\t2024\t',
    'people\t\tabout 55,000\t\tKZ-35',
    'people\t\tпочти 60\t\tАктюбинская область',
    'people\t\t1,120.5\t\tШымкент қаласы',
    'people\t\tn/a\t\tAlmaty Region',
    'trend\tTrend\t5\t2023\t',
    'trend\t\t7\t2025\t',
    'trend\t\t6\t2024\t',
  );

  it('makes series from period rows, a breakdown from region rows and the headline from the plain row', () => {
    const [people, trend] = convert(table).metrics as [Metric, Metric];
    expect(people.value).to.equal(1120);
    expect(people.series).to.deep.equal([
      { period: '2023', value: 800, qualifier: 'more-than' },
      { period: '2024', value: 800, qualifier: 'more-than' },
    ]);
    expect(people.breakdown).to.deep.equal([
      { key: 'KZ-35', value: 55000, qualifier: 'about' },
      { key: 'KZ-15', value: 60, qualifier: 'almost' },
      { key: 'KZ-79', value: 1120.5 },
      { key: 'KZ-19', value: null },
    ]);
    // Without a plain row, the headline is the series' latest period, wherever its row is.
    expect(trend).to.include({ value: 7, period: '2025', qualifier: 'exact' });
  });

  it('gives a breakdown its period', () => {
    const feed = convert(lines('metric,label,value,region,period', 'a,A,5,,', 'a,,3,KZ-35,2025', 'a,,2,KZ-47,2025'));
    expect(feed.metrics[0]).to.include({ value: 5, period: '2025' });
  });

  it('detects the separator and drops a byte order mark; comment lines keep row numbers', () => {
    expect(detectSeparator('metric;label;value\n')).to.equal(';');
    expect(detectSeparator('metric\tlabel\tvalue\n')).to.equal('\t');
    expect(detectSeparator('# a, b, c\nmetric,label,value\n')).to.equal(',');
    const semicolons = convert('\uFEFFmetric;label;value\r\na;"A; quoted";1 120,5\r\n');
    expect(semicolons.metrics[0]).to.include({ id: 'a', label: 'A; quoted', value: 1120.5 });
    const [problem] = problems(lines('# comment', 'metric,label,value', '', 'a,A,lots'));
    expect(problem).to.include({ row: 4, column: 'value' });
  });
});

describe('table → feed: problems', () => {
  const only = (text: string, extra?: Record<string, unknown>): CsvProblem => {
    const found = problems(text, extra);
    expect(found, JSON.stringify(found)).to.have.length(1);
    return found[0]!;
  };

  /** A table, and the row and column its one problem is reported at. */
  const cellProblems: [rows: string[], row: number, column: string][] = [
    [['metric,label,value,region', 'a,A,5,Atlantis'], 2, 'region'],
    [['metric,label,value', 'a,A,many'], 2, 'value'],
    [['metric,label,value,qualifier', 'a,A,5,maybe'], 2, 'qualifier'],
    [['metric,label,value,period', 'a,A,5,last year'], 2, 'period'],
    [['metric,label,value,format', 'a,A,5,euro'], 2, 'format'],
    [['metric,label,value,status', 'a,A,5,final-ish'], 2, 'status'],
    [['metric,label,value,target', 'a,A,5,более 6'], 2, 'target'],
    [['metric,label,value', 'Bad Id,A,5'], 2, 'metric'],
    [['metric,label,value', ',A,5'], 2, 'metric'],
    [['metric,label,value', 'a,A,'], 2, 'value'],
    [['metric,value', 'a,5'], 2, 'label'],
    [['metric,label,label:kk,value', 'a,A,Б,5'], 2, 'label'],
    [['metric,label,unit,value', 'a,A,a|b,5'], 2, 'unit'],
    [['metric,label,unit:ru,value', 'a,A,один|два,5'], 2, 'unit:ru'],
    [['metric,label,unit:kk,value', 'a,A,адам|адамдар,5'], 2, 'unit:kk'],
    [['metric,label,value,format', 'a,A,70 %,currency:KZT'], 2, 'value'],
    [['metric,label,value', 'a,A,5,extra'], 2, 'column 4'],
    // A second data row, where the problem is.
    [['metric,label,value,period', 'a,A,5,2025', 'a,,6,2025'], 3, 'period'],
    [['metric,label,value,region', 'a,A,5,KZ-35', 'a,,6,Қарағанды облысы'], 3, 'region'],
    [['metric,label,value,period', 'a,A,5,2024', 'a,B,6,2025'], 3, 'label'],
    [['metric,label,value,region,period', 'a,A,5,KZ-35,2024', 'a,,6,KZ-47,2025'], 3, 'period'],
  ];

  it('names the row and column of each problem', () => {
    for (const [rows, row, column] of cellProblems)
      expect(only(lines(...rows)), rows.join(' / ')).to.deep.include({ row, column });
    expect(only(lines('metric,label,value', 'a,A,очень много 800')).message).to.match(/"очень" is not a qualifier/);
    expect(only(lines('metric,label,value,qualifier', 'a,A,более 5,about')).message).to.match(
      /says about but the value cell says more-than/,
    );
    expect(only(lines('metric,label,value', 'a,A,5', 'a,,6')).message).to.match(/second headline row.*row 2/);
    expect(only(lines('metric,label,value', 'a,A,5', 'a,B,')).column).to.equal('value');
  });

  it('reports problems in the header', () => {
    expect(only(lines('metric,label,value,colour', 'a,A,5'))).to.deep.include({ row: 1, column: 'colour' });
    expect(only(lines('metric,label,label:de,value', 'a,A,5'))).to.deep.include({ row: 1, column: 'label:de' });
    expect(only(lines('metric,label', 'a,A'))).to.deep.include({ row: 1, column: 'value' });
    expect(only(lines('metric,label,value,value', 'a,A,5,5')).message).to.match(/twice/);
    expect(only('')).to.deep.include({ row: 1 });
    expect(only(lines('metric,label,value'))).to.deep.include({ row: 2, column: 'metric' });
  });

  it('reports problems in the feed details', () => {
    expect(only(lines('metric,label,value', 'a,A,5'), { title: '' })).to.deep.include({ option: 'title' });
    expect(only(lines('metric,label,value', 'a,A,5'), { id: ' ' })).to.deep.include({ option: 'id' });
    expect(
      only(lines('metric,label,value', 'a,A,5'), { sourceName: 'S', sourceUrl: 'javascript:alert(1)' }),
    ).to.deep.include({ option: 'source-url' });
    expect(only(lines('metric,label,value', 'a,A,5'), { sourceName: 'S', published: '19.11.2025' })).to.deep.include({
      option: 'published',
    });
    expect(only(lines('metric,label,value', 'a,A,5'), { published: '2025-11-19' })).to.deep.include({
      option: 'source-name',
    });
    expect(only(lines('metric,label,value', 'a,A,5'), { period: 'now' })).to.deep.include({ option: 'period' });
  });

  it('reports every problem of a table at once', () => {
    expect(problems(lines('metric,label,value,region', 'a,A,x,Atlantis', 'b,,5,'))).to.have.length(3);
  });
});

describe('problem wording', () => {
  it('words every problem in kk, ru and en, each with the same blanks filled', () => {
    const blanks = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const code of PROBLEM_CODES) {
      const marked = (locale: 'kk' | 'ru' | 'en'): string =>
        problemText(
          code,
          {
            text: '⟨text⟩',
            metric: '⟨metric⟩',
            first: '⟨first⟩',
            key: '⟨key⟩',
            period: '⟨period⟩',
            header: '⟨header⟩',
            name: '⟨name⟩',
            allowed: '⟨allowed⟩',
            said: '⟨said⟩',
            written: '⟨written⟩',
            format: '⟨format⟩',
            word: '⟨word⟩',
            sign: '⟨sign⟩',
            message: '⟨message⟩',
          },
          locale,
        );
      const filled = (locale: 'kk' | 'ru' | 'en'): string[] =>
        [...marked(locale).matchAll(/⟨(\w+)⟩/g)].map((m) => m[1]!);
      expect(blanks(marked('en')), code).to.deep.equal([]);
      expect([...new Set(filled('ru'))].sort(), `${code} ru`).to.deep.equal([...new Set(filled('en'))].sort());
      expect([...new Set(filled('kk'))].sort(), `${code} kk`).to.deep.equal([...new Set(filled('en'))].sort());
    }
  });

  it("says a table's problem in the reader's language, and in English as its message", () => {
    const [problem] = problems(lines('metric,label,value,region', 'a,A,5,Atlantis'));
    expect(problem!.message).to.equal(problemText(problem!.code, problem!.params, 'en'));
    expect(problemText(problem!.code, problem!.params, 'ru')).to.match(/^неизвестный регион «Atlantis»/);
    expect(problemText(problem!.code, problem!.params, 'kk')).to.match(/^белгісіз өңір «Atlantis»/);
  });
});

describe('region names', () => {
  it('finds every region by code and by its official and short names in kk, ru and en', () => {
    for (const code of REGION_CODES) {
      expect(findRegionCode(code.toLowerCase())).to.equal(code);
      for (const length of ['full', 'short'] as const) {
        for (const locale of ['kk', 'ru', 'en'] as const)
          expect(findRegionCode(REGION_NAMES[code][length][locale]), `${code} ${length} ${locale}`).to.equal(code);
      }
    }
  });

  it('finds common spellings and tells the city of Almaty from the region', () => {
    expect(findRegionCode('Караганды облысы')).to.equal('KZ-35');
    expect(findRegionCode('Карагандинская обл.')).to.equal('KZ-35');
    expect(findRegionCode('Qaragandy region')).to.equal('KZ-35');
    expect(findRegionCode('ЗКО')).to.equal('KZ-27');
    expect(findRegionCode('г. Алматы')).to.equal('KZ-75');
    expect(findRegionCode('Алматы')).to.equal('KZ-75');
    expect(findRegionCode('Almaty Region')).to.equal('KZ-19');
    expect(findRegionCode('Алматы облысы')).to.equal('KZ-19');
    expect(findRegionCode('Нур-Султан')).to.equal('KZ-71');
    expect(findRegionCode('область Жетысу')).to.equal('KZ-33');
    expect(findRegionCode('kz 35')).to.equal('KZ-35');
    expect(findRegionCode('Atlantis')).to.equal(undefined);
    expect(findRegionCode('KZ-99')).to.equal(undefined);
  });
});

describe('feed → table → feed', () => {
  const text = fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.constantFrom('Қарағанды', 'более 800', 'a, "b"; c', '#hash', 'x|y'),
    )
    .filter((s) => s.trim() === s && s.trim() !== '' && !s.startsWith('#') && !s.includes('|'));
  const localized = fc.oneof(
    text,
    fc.record({ kk: text, ru: text, en: text }, { requiredKeys: [] }).filter((v) => Object.keys(v).length > 0),
  );
  const value = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -5, max: 5_000_000 }),
    fc.integer({ min: 0, max: 99_999 }).map((n) => n / 100),
  );
  const qualifier = fc.constantFrom('exact', 'more-than', 'at-least', 'about', 'almost', 'less-than');
  const period = fc.constantFrom('2021', '2022-Q3', '2023-11', '2024-03/2025-10', '2025');
  const unit = fc.oneof(
    text,
    fc
      .record(
        {
          kk: text,
          ru: fc.oneof(text, fc.record({ one: text, few: text, many: text, other: text })),
          en: fc.oneof(text, fc.record({ one: text, other: text })),
        },
        { requiredKeys: [] },
      )
      .filter((v) => Object.keys(v).length > 0),
  );
  const metric = fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
      label: localized,
      value,
      qualifier,
      unit,
      format: fc.constantFrom('percent', 'currency:KZT'),
      status: fc.constantFrom('final', 'provisional', 'estimate'),
      target: fc.record({ value: fc.integer({ min: 0, max: 10_000 }) }),
      series: fc.uniqueArray(fc.record({ period, value, qualifier }, { requiredKeys: ['period', 'value'] }), {
        selector: (p) => p.period,
        maxLength: 4,
      }),
      breakdown: fc.uniqueArray(
        fc.record({ key: fc.constantFrom(...REGION_CODES), value, qualifier }, { requiredKeys: ['key', 'value'] }),
        { selector: (p) => p.key, maxLength: 4 },
      ),
      note: localized,
      period,
    },
    { requiredKeys: ['id', 'label', 'value', 'qualifier'] },
  );
  const feed = fc.record({
    version: fc.constant(1 as const),
    id: fc.constant('test'),
    title: fc.constant('Test'),
    metrics: fc.uniqueArray(metric, { selector: (m) => m.id, minLength: 1, maxLength: 4 }),
  });

  /** What the table cannot say differently: empty lists and "exact" on a point are the feed's defaults. */
  function normal(input: Feed): Feed {
    return {
      ...input,
      metrics: input.metrics.map((m) => {
        const { series, breakdown, ...rest } = m;
        const point = <T extends { qualifier?: string }>(p: T): T => {
          const { qualifier: q, ...plain } = p;
          return (q && q !== 'exact' ? { ...plain, qualifier: q } : plain) as T;
        };
        return {
          ...rest,
          ...(series?.length ? { series: series.map(point) } : {}),
          ...(breakdown?.length ? { breakdown: breakdown.map(point) } : {}),
        } as Metric;
      }),
    };
  }

  it('gives the feed back for every feed the table can hold (generated)', () => {
    fc.assert(
      fc.property(feed, fc.constantFrom(',', ';', '\t' as const), (generated, separator) => {
        const input = normal(validateFeedSync(generated as unknown as Feed));
        fc.pre(input.metrics.every((m) => tableCannotHold(m).length === 0));
        const csv = feedToCsv(input, separator);
        const outcome = csvToFeed(csv, { id: input.id, title: input.title });
        if (!outcome.ok) throw new Error(`${csv}\n${JSON.stringify(outcome.problems)}`);
        expect(normal(outcome.feed), csv).to.deep.equal(input);
      }),
      { numRuns: 400 },
    );
  });

  it('says what a metric holds that the table cannot', () => {
    const base: Metric = { id: 'a', label: 'A', value: 1 };
    expect(tableCannotHold(base)).to.deep.equal([]);
    expect(
      tableCannotHold({ ...base, previous: { value: 1 }, polarity: 'down-is-good', source: { name: 'S' } }),
    ).to.deep.equal(['previous', 'polarity', 'source']);
    expect(tableCannotHold({ ...base, breakdown: [{ key: 'women', value: 1, label: 'Women' }] })).to.deep.equal([
      'categories',
    ]);
    expect(tableCannotHold({ ...base, period: '2025' })).to.deep.equal(['period']);
    expect(tableCannotHold({ ...base, period: '2025', series: [{ period: '2025', value: 1 }] })).to.deep.equal([]);
    expect(tableCannotHold({ ...base, unit: { kk: { one: 'адам', other: 'адам' } } })).to.deep.equal(['unit forms']);
    expect(tableCannotHold({ ...base, unit: { ru: { one: 'грант', other: 'гранта' } } })).to.deep.equal(['unit forms']);
  });
});
