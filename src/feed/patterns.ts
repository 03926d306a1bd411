/**
 * Regular expressions shared by the schema and by its JSON Schema export (a regex survives the export,
 * a refine callback does not, so feed authors' own validators see the same rules).
 */
import { PERIOD_PART_SOURCE } from '../i18n/iso-period.js';

/** ISO 8601 period: year, year-quarter, year-month, date, or a range of two of them joined by "/". */
export const PERIOD_PATTERN = new RegExp(`^${PERIOD_PART_SOURCE}(?:/${PERIOD_PART_SOURCE})?$`);

/** Calendar date, used for a source's publication date. */
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Metric ids end up in attributes (`metric="a,b"`) and event details: keep them simple. */
export const METRIC_ID_PATTERN = /^[a-z0-9-]+$/;

/** Only web links may ever become `href`s: no javascript:, data:, vbscript: or file:. */
export const WEB_URL_PATTERN = /^https?:\/\/[^\s]+$/i;
