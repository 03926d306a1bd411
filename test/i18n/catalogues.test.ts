/**
 * Every catalogue of words (the shared messages, the error messages, a tile's optional parts, each element's
 * own, the feed problems, the demo page):
 * the same keys in kk, ru and en, every sentence non-empty, and no Latin letters in Kazakh or Russian
 * text except names a reader types or sees printed as they are (keys, formats, codes).
 */
import { expect } from '@esm-bundle/chai';
import { messages, type ErrorMessages, type Messages } from '../../src/i18n/index.js';
import { errorMessages } from '../../src/i18n/error-messages.js';
import { extrasMessages, type ExtrasMessages } from '../../src/i18n/extras-messages.js';
import { chartMessages, type ChartMessages } from '../../src/elements/chart/chart-messages.js';
import { mapMessages, type MapMessages } from '../../src/elements/map/map-messages.js';
import { tableMessages, type TableMessages } from '../../src/elements/table/table-messages.js';
import { dashboardMessages } from '../../src/elements/dashboard/dashboard-messages.js';
import { describeIssue } from '../../src/feed/issue-text.js';
import type { IssueCode } from '../../src/feed/errors.js';
import { DEMO_LANGUAGE_NAMES, DEMO_UI } from '../../demo/demo-messages.js';
import { EDITOR_TEXT } from '../../demo/editor-text.js';
import { BUILDER_TEXT, CHART_TYPE_NAMES, ELEMENT_NAMES } from '../../demo/builder-text.js';

const LOCALES = ['kk', 'ru', 'en'] as const;

/**
 * Latin words allowed in kk and ru text: keys as printed on a keyboard, file formats and standards, the
 * language codes and JSON words a feed author types, and a period example ("2025-Q3") written as ISO 8601 does.
 */
const LATIN_NAMES = /\b(Home|End|Enter|Escape|CSV|ISO|https?|null|kk|ru|en|Q3)\b/g;

/**
 * The publisher pages name what a publisher types or sees printed as it is: the feed table's column and
 * attribute names, the HTML and element tags, the commands and file formats, the programs a table comes
 * from, and the `{placeholders}` their sentences are filled in at.
 */
const PUBLISHER_NAMES =
  /\{\w+\}|npm run [a-z:]+|dist\/|\.js\b|\b(script|iframe|Ctrl\+[A-Z]|Excel|Google Sheets|TSV|JSON|CMS|KPI|src|metric|label|value|qualifier|unit|format|period|region|status|note|target|inclusion-[a-z]+)\b/g;

/** The arguments each sentence is tried with: numbers and Cyrillic only, so any Latin letter is the sentence's own. */
type Arguments<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => string ? K : never]: T[K] extends (...args: infer A) => string
    ? A
    : never;
};

const MESSAGE_ARGUMENTS: Arguments<Messages> = {
  published: ['19.11.2025'],
  asOf: ['2025'],
};
const EXTRAS_ARGUMENTS: Arguments<ExtrasMessages> = {
  targetProgress: ['72 %', '500', '2026'],
  trend: ['up', '2022', '2025'],
  previousValue: ['300', '2024'],
};
const ERROR_ARGUMENTS: Arguments<ErrorMessages> = {
  stale: ['14:05'],
  moreProblems: [3],
};
const CHART_ARGUMENTS: Arguments<ChartMessages> = {
  count: [4, '4'],
  measures: ['Ә; Б'],
  highest: ['Ә', '358'],
  lowest: ['Б', '12'],
  single: ['Ә', '358'],
  trend: ['up', '2022', '610', '2025', '1 120'],
  total: ['1 120', true],
  missing: [undefined, 2, '2'],
  withShare: ['358', '47 %', true],
  markName: ['Ә', 'Б', '358'],
  comparison: ['адам'],
};
const MAP_ARGUMENTS: Arguments<MapMessages> = {
  mapOf: ['Ә'],
  below: ['100', '100-ге'],
  between: ['100', '200'],
  atLeast: ['200'],
  highest: ['Ә', '358'],
  lowest: ['Б', '12'],
  regionsWithData: [3, 20],
};
const TABLE_ARGUMENTS: Arguments<TableMessages> = {
  sortAction: ['ascending'],
  sorted: ['Ә', 'descending'],
};
const ISSUES: readonly IssueCode[] = [
  'required',
  'wrong-type',
  'not-finite',
  'unknown-version',
  'unknown-field',
  'not-allowed',
  'pattern',
  'empty',
  'no-metrics',
  'duplicate',
  'category-needs-label',
  'no-language',
];

/** Every sentence of a catalogue, by its key path: strings as they are, functions called with their arguments. */
function sentences(catalogue: object, args: Record<string, readonly unknown[]>, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') found.set(at, value);
    else if (typeof value === 'function') {
      const given = args[key];
      expect(given, `arguments to try ${at} with`).to.be.an('array');
      found.set(at, (value as (...a: unknown[]) => string)(...given!));
    } else if (value && typeof value === 'object') {
      for (const [inner, text] of sentences(value, args, at)) found.set(inner, text);
    }
  }
  return found;
}

function checkCatalogue(
  name: string,
  of: (locale: (typeof LOCALES)[number]) => object,
  args: Record<string, readonly unknown[]> = {},
  names: RegExp = LATIN_NAMES,
): void {
  const each = LOCALES.map((locale) => ({ locale, texts: sentences(of(locale), args) }));
  const keys = [...each[0]!.texts.keys()].sort();
  expect(keys.length, name).to.be.greaterThan(0);
  for (const { locale, texts } of each) {
    expect([...texts.keys()].sort(), `${name}: the keys in ${locale}`).to.deep.equal(keys);
    for (const [key, text] of texts) {
      expect(text.trim(), `${name} ${locale} ${key}`).not.to.equal('');
      expect(text, `${name} ${locale} ${key}`).not.to.match(/undefined|NaN|\[object/);
      if (locale !== 'en')
        expect(
          text.replace(LATIN_NAMES, '').replace(names, ''),
          `${name} ${locale} ${key}: Latin letters`,
        ).not.to.match(/[A-Za-z]/);
    }
  }
}

describe('catalogues of words', () => {
  it('shared messages', () => checkCatalogue('messages', messages, MESSAGE_ARGUMENTS));
  it("a tile's optional parts", () => checkCatalogue('extras', extrasMessages, EXTRAS_ARGUMENTS));
  it('error messages', () => checkCatalogue('errors', errorMessages, ERROR_ARGUMENTS));
  it('chart', () => checkCatalogue('chart', chartMessages, CHART_ARGUMENTS));
  it('map', () => checkCatalogue('map', mapMessages, MAP_ARGUMENTS));
  it('table', () => checkCatalogue('table', tableMessages, TABLE_ARGUMENTS));
  it('dashboard', () => checkCatalogue('dashboard', dashboardMessages));
  it('feed problems', () => {
    const params = { received: '2', key: 'Ә', allowed: 'Ә, Б', pattern: 'period', value: 'Ә', expected: 'number' };
    checkCatalogue('issues', (locale) =>
      Object.fromEntries(ISSUES.map((code) => [code, describeIssue(code, params, locale)])),
    );
  });
  it('demo page', () => {
    checkCatalogue('demo', (locale) => DEMO_UI[locale]);
    checkCatalogue('demo languages', (locale) => DEMO_LANGUAGE_NAMES[locale]);
  });
  it('feed editor and embed builder', () => {
    checkCatalogue('editor', (locale) => EDITOR_TEXT[locale], {}, PUBLISHER_NAMES);
    checkCatalogue('builder', (locale) => BUILDER_TEXT[locale], {}, PUBLISHER_NAMES);
    checkCatalogue('builder elements', (locale) => ELEMENT_NAMES[locale], {}, PUBLISHER_NAMES);
    checkCatalogue('builder chart types', (locale) => CHART_TYPE_NAMES[locale]);
  });

  it('catches a Latin word in Russian or Kazakh text', () => {
    expect('Нажмите Enter'.replace(LATIN_NAMES, '')).not.to.match(/[A-Za-z]/);
    expect('Показатели: data'.replace(LATIN_NAMES, '')).to.match(/[A-Za-z]/);
    // Lookalike letters: a Latin "c" or "o" typed inside a Cyrillic word is caught too.
    expect('Истoчник'.replace(LATIN_NAMES, '')).to.match(/[A-Za-z]/);
  });
});
