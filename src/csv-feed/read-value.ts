/**
 * Reads a figure as a source wrote it, in kk, ru or en ("1 120,5", "1,120.5", "более 800", "800-ден астам",
 * "about 55,000", "70 %", "200 000 ₸", "1,5 млн"), into the feed's value, qualifier and format.
 * Anything it cannot read exactly is a problem. "1,120" is 1.12 beside Russian or Kazakh words ("более 1,120"),
 * where the comma is the decimal sign, and 1120 otherwise.
 */
import type { MetricFormat, Qualifier } from '../feed/schema.js';
import { worded, type ProblemCode, type ProblemParams, type Worded } from './problem-text.js';
import { KK_CASE_ENDING, LONGEST_PHRASE, NOT_AVAILABLE, PHRASES, type WordMeaning } from './written-words.js';

export interface WrittenValue {
  /** `null`: the cell says the figure is not available. */
  readonly value: number | null;
  /** Present only when the cell names one. */
  readonly qualifier?: Qualifier;
  /** Present only when the cell shows one ("%", "₸"). */
  readonly format?: Exclude<MetricFormat, 'number'>;
}

export type ReadOutcome = { readonly ok: true; readonly written: WrittenValue } | ({ readonly ok: false } & Worded);

type DecimalSign = ',' | '.';

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
/** A number as written: digits, and group or decimal signs between digits. */
const NUMBER = /(^|[\s₸$~≈<>≥(])([-−]?)(\d(?:[\d.,'’]|\s(?=\d))*)/;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;

const fail = (code: ProblemCode, params: ProblemParams): ReadOutcome => ({ ok: false, ...worded(code, params) });

export function readWrittenValue(cell: string): ReadOutcome {
  const text = cell.replace(SPACES, ' ').trim();
  if (text === '') return fail('value-empty', {});
  if (NOT_AVAILABLE.includes(text.toLowerCase())) return { ok: true, written: { value: null } };
  const match = NUMBER.exec(text);
  if (!match) return fail('no-number', { text });
  const start = match.index + match[1]!.length;
  const end = match.index + match[0].length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/\d/.test(after)) return fail('several-numbers', { text });
  const words = `${before} ${after}`;
  const decimalHint: DecimalSign | undefined = CYRILLIC.test(words) ? ',' : LATIN.test(words) ? '.' : undefined;
  const digits = readDigits(match[3]!, decimalHint);
  if (typeof digits !== 'string') return fail(digits.problem, { text, sign: digits.sign ?? '' });
  const meanings = readWords(before, after);
  if ('unknown' in meanings) return fail('unknown-word', { text, word: meanings.unknown });
  return combine(text, `${match[2] ? '-' : ''}${digits}`, meanings.found);
}

function combine(text: string, decimal: string, found: readonly WordMeaning[]): ReadOutcome {
  let qualifier: Qualifier | undefined;
  let format: Exclude<MetricFormat, 'number'> | undefined;
  let exponent = 0;
  for (const meaning of found) {
    if (meaning.kind === 'qualifier') {
      if (qualifier !== undefined && qualifier !== meaning.qualifier) return fail('two-qualifiers', { text });
      qualifier = meaning.qualifier;
    } else if (meaning.kind === 'format') {
      if (format !== undefined && format !== meaning.format) return fail('percent-and-tenge', { text });
      format = meaning.format;
    } else {
      if (exponent !== 0) return fail('two-scales', { text });
      exponent = meaning.exponent;
    }
  }
  const value = Number(shiftDecimal(decimal, exponent));
  if (!Number.isFinite(value)) return fail('too-large', { text });
  const written: WrittenValue = {
    value: Object.is(value, -0) ? 0 : value,
    ...(qualifier !== undefined ? { qualifier } : {}),
    ...(format !== undefined ? { format } : {}),
  };
  return { ok: true, written };
}

/** The words around the number, each read through the phrase table; case endings are dropped. */
function readWords(before: string, after: string): { found: WordMeaning[] } | { unknown: string } {
  const found: WordMeaning[] = [];
  for (const part of [before, after]) {
    const tokens = part
      .toLowerCase()
      .replace(/([%₸~≈≥(),]|[<>]=?)/g, ' $1 ')
      .replace(/-(?=[а-яәғқңөұүһі])/g, ' -')
      .split(' ')
      .filter((token) => token !== '' && token !== '(' && token !== ')' && token !== ',');
    for (let index = 0; index < tokens.length;) {
      const step = readPhrase(tokens, index);
      if (step === undefined) return { unknown: tokens[index]! };
      if (step.meaning) found.push(step.meaning);
      index += step.length;
    }
  }
  return { found };
}

function readPhrase(tokens: readonly string[], index: number): { meaning?: WordMeaning; length: number } | undefined {
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - index); length >= 1; length -= 1) {
    const meaning = PHRASES.get(tokens.slice(index, index + length).join(' '));
    if (meaning) return { meaning, length };
  }
  const token = tokens[index]!;
  if (token.startsWith('-') && KK_CASE_ENDING.test(token.slice(1))) return { length: 1 };
  // A Kazakh word with its case ending attached: "мыңнан", "теңгеден", "пайыздан".
  for (const cut of [3, 2]) {
    const stem = PHRASES.get(token.slice(0, -cut));
    if (stem && token.length > cut && KK_CASE_ENDING.test(token.slice(-cut))) return { meaning: stem, length: 1 };
  }
  return undefined;
}

/**
 * The digits of a written number as a plain decimal ("1 120,5" → "1120.5"), or why they cannot be read.
 * `hint` is the decimal sign of the language of the words around it, for the one ambiguous case: "1,120".
 */
/** Why digits cannot be read, as a problem code (and the sign that appears twice). */
type DigitProblem = {
  readonly problem: 'digit-groups' | 'decimal-part' | 'sign-twice' | 'not-a-number';
  readonly sign?: string;
};

export function readDigits(written: string, hint?: DecimalSign): string | DigitProblem {
  const body = written.replace(/[’']/g, ' ').trim();
  const spaced = body.split(' ');
  if (spaced.length > 1) {
    // Grouped by spaces (kk, ru): only the last group may carry a decimal part.
    const last = spaced.at(-1)!;
    const decimalAt = last.search(/[.,]/);
    const lastGroup = decimalAt === -1 ? last : last.slice(0, decimalAt);
    const groups = [...spaced.slice(0, -1), lastGroup];
    if (!groupsOfThree(groups)) return { problem: 'digit-groups' };
    const fraction = decimalAt === -1 ? '' : last.slice(decimalAt + 1);
    if (fraction !== '' && !/^\d+$/.test(fraction)) return { problem: 'decimal-part' };
    return join(groups.join(''), fraction);
  }
  const commas = count(body, ',');
  const dots = count(body, '.');
  if (commas === 0 && dots === 0) return join(body, '');
  if (commas > 0 && dots > 0) {
    const decimal: DecimalSign = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (count(body, decimal) > 1) return { problem: 'sign-twice', sign: decimal };
    const [whole = '', fraction = ''] = body.split(decimal);
    const groups = whole.split(group);
    if (!groupsOfThree(groups)) return { problem: 'digit-groups' };
    return join(groups.join(''), fraction);
  }
  const sign: DecimalSign = commas > 0 ? ',' : '.';
  const parts = body.split(sign);
  if (parts.length > 2) {
    if (!groupsOfThree(parts)) return { problem: 'digit-groups' };
    return join(parts.join(''), '');
  }
  const [whole = '', fraction = ''] = parts;
  const couldBeGroup = fraction.length === 3 && whole.length <= 3 && whole !== '0';
  // "1,120": Russian and Kazakh write decimals with a comma, English groups thousands with one. The words
  // around the number tell which; a bare number follows spreadsheets, which group with it ("2,491").
  if (sign === ',' && couldBeGroup) return hint === ',' ? join(whole, fraction) : join(whole + fraction, '');
  return join(whole, fraction);
}

function groupsOfThree(groups: readonly string[]): boolean {
  return groups.every((group, index) => (index === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group)));
}

function join(whole: string, fraction: string): string | DigitProblem {
  if (!/^\d+$/.test(whole) || (fraction !== '' && !/^\d+$/.test(fraction))) return { problem: 'not-a-number' };
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

function count(text: string, sign: string): number {
  return text.split(sign).length - 1;
}

/** "1.5" × 10^6 → "1500000", moving the decimal point in the text so no binary rounding creeps in. */
export function shiftDecimal(decimal: string, exponent: number): string {
  if (exponent === 0) return decimal;
  const negative = decimal.startsWith('-');
  const [whole = '', fraction = ''] = decimal.replace('-', '').split('.');
  const padded = fraction.padEnd(exponent, '0');
  const shifted = `${whole}${padded.slice(0, exponent)}${padded.length > exponent ? `.${padded.slice(exponent)}` : ''}`;
  return `${negative ? '-' : ''}${shifted.replace(/^0+(?=\d)/, '')}`;
}
