/**
 * The feed, version 1 (contract §3). Data only: strings are text, URLs are web links, numbers are finite.
 * Objects are strict, so a typo in a field name is reported instead of silently ignored, and keys such
 * as `__proto__` can never reach an object prototype.
 */
import { z } from './zod.js';
import { DATE_PATTERN, METRIC_ID_PATTERN, PERIOD_PATTERN, WEB_URL_PATTERN } from './patterns.js';
import { isRegionCode } from '../regions/codes.js';

const text = z.string().check(z.minLength(1));

/** A plain string, or the same text in kk/ru/en (at least one of them). */
export const LocalizedStringSchema = z.union([
  text,
  z
    .strictObject({ kk: z.optional(text), ru: z.optional(text), en: z.optional(text) })
    .check(z.refine((v) => v.kk !== undefined || v.ru !== undefined || v.en !== undefined, { message: 'at-least-one-language' })),
]);

/** One word, or the language's CLDR plural forms. */
const UnitFormsSchema = z.union([
  text,
  z
    .strictObject({
      zero: z.optional(text), one: z.optional(text), two: z.optional(text),
      few: z.optional(text), many: z.optional(text), other: z.optional(text),
    })
    .check(z.refine((v) => Object.values(v).some((form) => form !== undefined), { message: 'at-least-one-form' })),
]);

export const UnitSchema = z.union([
  text,
  z
    .strictObject({ kk: z.optional(UnitFormsSchema), ru: z.optional(UnitFormsSchema), en: z.optional(UnitFormsSchema) })
    .check(z.refine((v) => v.kk !== undefined || v.ru !== undefined || v.en !== undefined, { message: 'at-least-one-language' })),
]);

const PeriodSchema = z.string().check(z.regex(PERIOD_PATTERN, 'period'));
const FiniteNumber = z.number();
/** `null` means "not available": it is drawn and spoken as "no data", never as 0. */
const ValueSchema = z.nullable(FiniteNumber);

export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about', 'almost', 'less-than'] as const;
export const FORMATS = ['number', 'percent', 'currency:KZT'] as const;
export const STATUSES = ['final', 'provisional', 'estimate'] as const;
export const POLARITIES = ['up-is-good', 'down-is-good', 'neutral'] as const;

const QualifierSchema = z.enum(QUALIFIERS);

export const SourceSchema = z.strictObject({
  name: LocalizedStringSchema,
  url: z.optional(z.string().check(z.regex(WEB_URL_PATTERN, 'web-url'))),
  published: z.optional(z.string().check(z.regex(DATE_PATTERN, 'date'))),
  author: z.optional(LocalizedStringSchema),
});

export const SeriesPointSchema = z.strictObject({
  period: PeriodSchema,
  value: ValueSchema,
  qualifier: z.optional(QualifierSchema),
});

const BreakdownItemSchema = z
  .strictObject({
    key: text,
    value: ValueSchema,
    qualifier: z.optional(QualifierSchema),
    label: z.optional(LocalizedStringSchema),
  })
  .check(
    z.superRefine((item, ctx) => {
      if (!isRegionCode(item.key) && item.label === undefined) {
        ctx.issues.push({ code: 'custom', message: 'category-needs-label', path: ['label'], input: item });
      }
    }),
  );

/** A metric, with `series` as the schema of its series. */
function metricSchema<Series extends z.core.SomeType>(series: Series) {
  return z.strictObject({
    id: z.string().check(z.regex(METRIC_ID_PATTERN, 'metric-id')),
    label: LocalizedStringSchema,
    value: ValueSchema,
    qualifier: z.optional(QualifierSchema),
    unit: z.optional(UnitSchema),
    format: z.optional(z.enum(FORMATS)),
    status: z.optional(z.enum(STATUSES)),
    period: z.optional(PeriodSchema),
    previous: z.optional(z.strictObject({ value: ValueSchema, period: z.optional(PeriodSchema), qualifier: z.optional(QualifierSchema) })),
    target: z.optional(z.strictObject({ value: FiniteNumber, period: z.optional(PeriodSchema) })),
    polarity: z.optional(z.enum(POLARITIES)),
    series: z.optional(series),
    breakdown: z.optional(z.array(BreakdownItemSchema)),
    source: z.optional(SourceSchema),
    note: z.optional(LocalizedStringSchema),
  });
}

/** A feed whose metrics follow `metric`. */
function feedSchema<Metric extends z.core.SomeType>(metric: Metric) {
  return z.strictObject({
    /** Lets feed authors point their editor at dist/feed.schema.json. */
    $schema: z.optional(z.string()),
    version: z.literal(1),
    id: text,
    title: LocalizedStringSchema,
    description: z.optional(LocalizedStringSchema),
    source: z.optional(SourceSchema),
    period: z.optional(PeriodSchema),
    // Unique metric ids and breakdown keys are checked in check.ts: zod skips refinements on an array
    // whose items already failed, and every problem must be reported at once.
    metrics: z.array(metric).check(z.minLength(1)),
  });
}

const SeriesSchema = z.array(SeriesPointSchema);
export const MetricSchema = metricSchema(SeriesSchema);
export const FeedSchema = feedSchema(MetricSchema);

let trustingSeries: typeof FeedSchema | undefined;

/**
 * FeedSchema for a feed whose series points have all passed `isSeriesPoint` (series-point.ts): the same
 * rules, with each series taken as already checked (zod's per-item machinery is what costs on a long
 * series). Its points are still the input's own objects: `copySeriesPoints` (check.ts) copies them, as zod
 * copies what it parses. Built on first use.
 */
export function feedSchemaForCheckedSeries(): typeof FeedSchema {
  trustingSeries ??= feedSchema(metricSchema(z.unknown())) as unknown as typeof FeedSchema;
  return trustingSeries;
}

export type Feed = z.infer<typeof FeedSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type LocalizedString = z.infer<typeof LocalizedStringSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type MetricFormat = (typeof FORMATS)[number];
export type MetricStatus = (typeof STATUSES)[number];
export type Polarity = (typeof POLARITIES)[number];
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;
export type BreakdownItem = z.infer<typeof BreakdownItemSchema>;
