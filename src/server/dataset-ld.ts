/**
 * A feed described as a schema.org `Dataset` in JSON-LD, for crawlers that read a page's light DOM:
 * what it measures, who published it and where, for which period and which places. Only what the feed
 * says: a figure appears as the phrase a reader sees ("более 800 человек"), so its qualifier is never
 * dropped, and nothing is made up when the feed leaves a field out.
 */
import { valuePhrase } from '../elements/shared/value-phrase.js';
import { localize, localizeUnit } from '../feed/localize.js';
import type { Feed, Metric, Source } from '../feed/schema.js';
import { selectUnit } from '../i18n/index.js';
import type { Locale } from '../i18n/locale.js';
import { isRegionCode, type RegionCode } from '../regions/codes.js';
import { regionName } from '../regions/names.js';
import { scriptSafeJson } from './script-json.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const COUNTRY: { [key: string]: Json } = {
  '@type': 'Country',
  name: 'Kazakhstan',
  identifier: 'KZ',
};

function regionsOf(feed: Feed): RegionCode[] {
  const codes = new Set<RegionCode>();
  for (const metric of feed.metrics)
    for (const item of metric.breakdown ?? []) if (isRegionCode(item.key)) codes.add(item.key);
  return [...codes].sort();
}

/** The feed's period, else the span of every period its metrics and series name (periods sort as text). */
function temporalCoverage(feed: Feed): string | undefined {
  if (feed.period) return feed.period;
  const periods = feed.metrics.flatMap((metric) => [
    ...(metric.period ? [metric.period] : []),
    ...(metric.series ?? []).map((point) => point.period),
  ]);
  const ends = periods.flatMap((period) => period.split('/')).sort();
  if (ends.length === 0) return undefined;
  const first = ends[0]!;
  const last = ends[ends.length - 1]!;
  return first === last ? first : `${first}/${last}`;
}

/**
 * Who published the figures: the feed's source, else its metrics' own sources (one each, in order of first
 * mention), so a feed that credits each figure separately still names its publishers.
 */
function sourcesOf(feed: Feed): Source[] {
  if (feed.source) return [feed.source];
  const byName = new Map<string, Source>();
  for (const metric of feed.metrics)
    if (metric.source && !byName.has(JSON.stringify(metric.source.name)))
      byName.set(JSON.stringify(metric.source.name), metric.source);
  return [...byName.values()];
}

function variable(feed: Feed, metric: Metric, locale: Locale): { [key: string]: Json } {
  const unit = localizeUnit(metric.unit, locale);
  const unitText = unit ? selectUnit(unit.forms, 5, unit.lang ?? locale) : undefined;
  const period = metric.period ?? feed.period;
  const phrase = valuePhrase(metric.value, metric.qualifier ?? 'exact', metric.format ?? 'number', metric, locale).text;
  return {
    '@type': 'PropertyValue',
    propertyID: metric.id,
    name: localize(metric.label, locale).text,
    description: period ? `${phrase} (${period})` : phrase,
    ...(unitText ? { unitText } : {}),
  };
}

/** The `Dataset` object for a feed, worded in `locale` where the feed has that language. */
export function datasetOf(feed: Feed, locale: Locale): { [key: string]: Json } {
  const sources = sourcesOf(feed);
  const urls = sources.flatMap((source) => (source.url ? [source.url] : []));
  const dates = sources.flatMap((source) => (source.published ? [source.published] : [])).sort();
  const authors = sources.flatMap((source): Json[] =>
    source.author ? [{ '@type': 'Person', name: localize(source.author, locale).text }] : [],
  );
  const description = feed.description ? localize(feed.description, locale).text : undefined;
  const coverage = temporalCoverage(feed);
  const places = regionsOf(feed).map((code): Json => ({
    '@type': 'AdministrativeArea',
    name: regionName(code, locale),
    identifier: code,
    containedInPlace: COUNTRY,
  }));
  const one = (list: Json[]): Json => (list.length === 1 ? list[0]! : list);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    identifier: feed.id,
    name: localize(feed.title, locale).text,
    ...(description ? { description } : {}),
    inLanguage: locale,
    ...(urls.length > 0 ? { url: urls[0]!, isBasedOn: one(urls) } : {}),
    ...(sources.length > 0
      ? {
          publisher: one(
            sources.map((source) => ({ '@type': 'Organization', name: localize(source.name, locale).text })),
          ),
        }
      : {}),
    ...(authors.length > 0 ? { author: one(authors) } : {}),
    // The latest publication the figures come from.
    ...(dates.length > 0 ? { datePublished: dates[dates.length - 1]! } : {}),
    ...(coverage ? { temporalCoverage: coverage } : {}),
    spatialCoverage: [COUNTRY, ...places],
    variableMeasured: feed.metrics.map((metric) => variable(feed, metric, locale)),
  };
}

/** The `<script type="application/ld+json">` element; no feed text can end it or open a comment in it. */
export function datasetScript(feed: Feed, locale: Locale): string {
  return `<script type="application/ld+json">${scriptSafeJson(datasetOf(feed, locale))}</script>`;
}
