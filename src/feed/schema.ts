/**
 * The feed, version 1 (docs/ARCHITECTURE.md, "Feed format"). Data only: strings are text, URLs are web
 * links, numbers are finite. Objects are strict, so a typo in a field name is reported instead of silently
 * ignored, and keys such as `__proto__` can never reach an object prototype.
 *
 * This is the feed's definition: the types, the JSON Schema export and every error message come from it.
 * well-formed.ts holds a fast check that mirrors it rule for rule, so that a valid feed is accepted without
 * downloading zod; a change here needs the same change there (test/feed/well-formed.test.ts compares them).
 */
import { z } from './zod.js';
import { DATE_PATTERN, METRIC_ID_PATTERN, PERIOD_PATTERN, WEB_URL_PATTERN } from './patterns.js';
import { isRegionCode } from '../regions/codes.js';
import { FORMATS, POLARITIES, QUALIFIERS, STATUSES } from './vocabulary.js';

export { FORMATS, POLARITIES, QUALIFIERS, STATUSES };

const text = z.string().check(z.minLength(1));

/** A plain string, or the same text in kk/ru/en (at least one of them). */
export const LocalizedStringSchema = z.union([
  text,
  z.strictObject({ kk: z.optional(text), ru: z.optional(text), en: z.optional(text) }).check(
    z.refine((v) => v.kk !== undefined || v.ru !== undefined || v.en !== undefined, {
      message: 'at-least-one-language',
    }),
  ),
]);

/** One word, or the language's CLDR plural forms. */
const UnitFormsSchema = z.union([
  text,
  z
    .strictObject({
      zero: z.optional(text),
      one: z.optional(text),
      two: z.optional(text),
      few: z.optional(text),
      many: z.optional(text),
      other: z.optional(text),
    })
    .check(z.refine((v) => Object.values(v).some((form) => form !== undefined), { message: 'at-least-one-form' })),
]);

export const UnitSchema = z.union([
  text,
  z
    .strictObject({ kk: z.optional(UnitFormsSchema), ru: z.optional(UnitFormsSchema), en: z.optional(UnitFormsSchema) })
    .check(
      z.refine((v) => v.kk !== undefined || v.ru !== undefined || v.en !== undefined, {
        message: 'at-least-one-language',
      }),
    ),
]);

const PeriodSchema = z.string().check(z.regex(PERIOD_PATTERN, 'period'));
const FiniteNumber = z.number();
/** `null` means "not available": it is drawn and spoken as "no data", never as 0. */
const ValueSchema = z.nullable(FiniteNumber);

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

export const MetricSchema = z.strictObject({
  id: z.string().check(z.regex(METRIC_ID_PATTERN, 'metric-id')),
  label: LocalizedStringSchema,
  value: ValueSchema,
  qualifier: z.optional(QualifierSchema),
  unit: z.optional(UnitSchema),
  format: z.optional(z.enum(FORMATS)),
  status: z.optional(z.enum(STATUSES)),
  period: z.optional(PeriodSchema),
  previous: z.optional(
    z.strictObject({ value: ValueSchema, period: z.optional(PeriodSchema), qualifier: z.optional(QualifierSchema) }),
  ),
  target: z.optional(z.strictObject({ value: FiniteNumber, period: z.optional(PeriodSchema) })),
  polarity: z.optional(z.enum(POLARITIES)),
  series: z.optional(z.array(SeriesPointSchema)),
  breakdown: z.optional(z.array(BreakdownItemSchema)),
  source: z.optional(SourceSchema),
  note: z.optional(LocalizedStringSchema),
});

export const FeedSchema = z.strictObject({
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
  metrics: z.array(MetricSchema).check(z.minLength(1)),
});

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
