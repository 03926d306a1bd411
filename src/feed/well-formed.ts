/**
 * The fast check: is this input a well-formed feed? If so, a copy of it; if not, `undefined`, and the
 * zod schema (schema.ts, loaded on demand by check.ts) judges the input and words its problems.
 *
 * Why a second description of the feed beside the zod schema: zod is a large share of what a page of KPI
 * tiles may download within its size budget, and jitless zod (a strict CSP forbids its compiled parsers) spends
 * longer on each series point than drawing it takes (bench/RESULTS.md, "Figures behind the code"). Almost every
 * feed is valid, so the page downloads zod only for a feed that is not.
 *
 * The rule that keeps the two honest: this check may refuse a feed zod accepts (zod then accepts it, at the
 * cost of a download), but it must never accept a feed zod refuses. test/feed/well-formed.test.ts compares
 * the two on generated feeds, and on JSON input (what a fetched or inline feed is) they must agree exactly.
 * Each rule below mirrors the schema.ts line of the same name.
 *
 * Every value is read once, while copying, and the copy is what is checked and returned: a getter cannot
 * answer differently the second time, and the caller never holds the page's own objects (zod copies too).
 */
import type { Feed } from './schema.js';
import { DATE_PATTERN, METRIC_ID_PATTERN, PERIOD_PATTERN, WEB_URL_PATTERN } from './patterns.js';
import { FORMATS, POLARITIES, QUALIFIERS, STATUSES } from './vocabulary.js';
import { isRegionCode } from '../regions/codes.js';

/** A copy of a well-formed value; throws NOT_WELL_FORMED otherwise. */
type Rule = (value: unknown) => unknown;
interface Field {
  readonly rule: Rule;
  readonly optional: boolean;
}

/** Thrown, never shown: a constant, so refusing builds no stack trace. */
const NOT_WELL_FORMED = Object.freeze({ notWellFormed: true });

function refuse(): never {
  throw NOT_WELL_FORMED;
}

const optional = (rule: Rule): Field => ({ rule, optional: true });
const required = (rule: Rule): Field => ({ rule, optional: false });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // Anything else (a class instance, a Map) goes to zod, which has its own view of it.
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** zod's strictObject: only these keys; an optional key may be absent or undefined. */
function strictObject(fields: Readonly<Record<string, Field>>): (value: unknown) => Record<string, unknown> {
  const entries = Object.entries(fields);
  return (value) => {
    if (!isPlainObject(value)) refuse();
    for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) refuse();
    const copy: Record<string, unknown> = {};
    for (const [key, { rule, optional: isOptional }] of entries) {
      const item = Object.hasOwn(value, key) ? value[key] : undefined;
      if (item !== undefined) copy[key] = rule(item);
      else if (!isOptional) refuse();
    }
    return copy;
  };
}

function arrayOf(rule: Rule, minLength = 0): Rule {
  return (value) => {
    if (!Array.isArray(value) || value.length < minLength) refuse();
    const copy = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) copy[index] = rule(value[index]);
    return copy;
  };
}

const where =
  (rule: Rule, holds: (copy: Record<string, unknown>) => boolean): Rule =>
  (value) => {
    const copy = rule(value) as Record<string, unknown>;
    return holds(copy) ? copy : refuse();
  };

const anyString: Rule = (value) => (typeof value === 'string' ? value : refuse());
const text: Rule = (value) => (typeof value === 'string' && value.length > 0 ? value : refuse());
const matching =
  (pattern: RegExp): Rule =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? value : refuse();
function oneOf(words: readonly string[]): Rule {
  const allowed: ReadonlySet<unknown> = new Set(words);
  return (value) => (allowed.has(value) ? value : refuse());
}
const finiteNumber: Rule = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : refuse());
/** `null` is "not available", never 0. */
const valueOrNull: Rule = (value) => (value === null ? null : finiteNumber(value));
const hasALanguage = (copy: Record<string, unknown>): boolean =>
  copy.kk !== undefined || copy.ru !== undefined || copy.en !== undefined;

const stringOr =
  (objectRule: Rule): Rule =>
  (value) =>
    typeof value === 'string' ? text(value) : objectRule(value);

const localizedString = stringOr(
  where(strictObject({ kk: optional(text), ru: optional(text), en: optional(text) }), hasALanguage),
);

const unitForms = stringOr(
  where(
    strictObject({
      zero: optional(text),
      one: optional(text),
      two: optional(text),
      few: optional(text),
      many: optional(text),
      other: optional(text),
    }),
    (copy) => Object.values(copy).some((form) => form !== undefined),
  ),
);

const unit = stringOr(
  where(strictObject({ kk: optional(unitForms), ru: optional(unitForms), en: optional(unitForms) }), hasALanguage),
);

const period = matching(PERIOD_PATTERN);
const qualifier = oneOf(QUALIFIERS);

const source = strictObject({
  name: required(localizedString),
  url: optional(matching(WEB_URL_PATTERN)),
  published: optional(matching(DATE_PATTERN)),
  author: optional(localizedString),
});

/**
 * strictObject({ period, value, qualifier? }) with its loops written out: a series may hold 10 000 points,
 * and a page's first validation runs before V8 has optimised anything, so the generic loops above cost
 * twice as much. The values go through the same rules as everywhere else.
 */
function seriesPoint(point: unknown): unknown {
  if (!isPlainObject(point)) refuse();
  for (const key of Object.keys(point)) if (key !== 'period' && key !== 'value' && key !== 'qualifier') refuse();
  const { period: when, value, qualifier: word } = point;
  if (word === undefined) return { period: period(when), value: valueOrNull(value) };
  return { period: period(when), value: valueOrNull(value), qualifier: qualifier(word) };
}

const breakdownItem = where(
  strictObject({
    key: required(text),
    value: required(valueOrNull),
    qualifier: optional(qualifier),
    label: optional(localizedString),
  }),
  (item) => isRegionCode(item.key as string) || item.label !== undefined,
);

const metric = strictObject({
  id: required(matching(METRIC_ID_PATTERN)),
  label: required(localizedString),
  value: required(valueOrNull),
  qualifier: optional(qualifier),
  unit: optional(unit),
  format: optional(oneOf(FORMATS)),
  status: optional(oneOf(STATUSES)),
  period: optional(period),
  previous: optional(
    strictObject({ value: required(valueOrNull), period: optional(period), qualifier: optional(qualifier) }),
  ),
  target: optional(strictObject({ value: required(finiteNumber), period: optional(period) })),
  polarity: optional(oneOf(POLARITIES)),
  series: optional(arrayOf(seriesPoint)),
  breakdown: optional(arrayOf(breakdownItem)),
  source: optional(source),
  note: optional(localizedString),
});

const feed = strictObject({
  $schema: optional(anyString),
  version: required((value) => (value === 1 ? 1 : refuse())),
  id: required(text),
  title: required(localizedString),
  description: optional(localizedString),
  source: optional(source),
  period: optional(period),
  metrics: required(arrayOf(metric, 1)),
});

/**
 * A copy of `input` if it is a well-formed feed (uniqueness of ids and keys aside: check.ts scans for
 * duplicates), else `undefined`. Never throws: a getter that throws or a revoked proxy is "not well formed",
 * and zod then says what it makes of it.
 */
export function wellFormedFeed(input: unknown): Feed | undefined {
  try {
    return feed(input) as Feed;
  } catch {
    return undefined;
  }
}
