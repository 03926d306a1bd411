// Plot's format.js (node_modules/@observablehq/plot/src/format.js, Plot 0.6), with its Intl formatters made
// on first use instead of when the module loads. Plot's own version builds `formatDefault` at load time,
// and with it the page's first Intl.NumberFormat: ~20 ms of ICU start-up on the first chart, for a
// formatter our charts never call (every axis gets our own tickFormat; our numbers never use Intl, see
// src/i18n/numbers.ts). Same exports, same output. See ./plugin.mjs.
import { format as isoFormat } from 'isoformat';

/** One formatter per set of arguments, made when first asked for (Plot's memoize1 keeps only the last). */
function lazily(make) {
  const made = new Map();
  return (...keys) => {
    const key = keys.join('\u0000');
    if (!made.has(key)) made.set(key, make(...keys));
    return made.get(key);
  };
}

const numberFormat = lazily((locale) => new Intl.NumberFormat(locale));
const monthFormat = lazily((locale, month) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...(month && { month }) }));
const weekdayFormat = lazily((locale, weekday) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...(weekday && { weekday }) }));

/** Plot's options.js `string`: null and undefined stay as they are. */
const string = (value) => (value == null ? value : `${value}`);

export function formatNumber(locale = 'en-US') {
  return (i) => (i != null && !isNaN(i) ? numberFormat(locale).format(i) : undefined);
}

export function formatMonth(locale = 'en-US', format = 'short') {
  return (i) => (i != null && !isNaN((i = +new Date(Date.UTC(2000, +i)))) ? monthFormat(locale, format).format(i) : undefined);
}

export function formatWeekday(locale = 'en-US', format = 'short') {
  return (i) => (i != null && !isNaN((i = +new Date(Date.UTC(2001, 0, +i)))) ? weekdayFormat(locale, format).format(i) : undefined);
}

export function formatIsoDate(date) {
  return isoFormat(date, 'Invalid Date');
}

export function formatAuto(locale = 'en-US') {
  const number = formatNumber(locale);
  return (v) => (v instanceof Date ? formatIsoDate : typeof v === 'number' ? number : string)(v);
}

export const formatDefault = formatAuto();
