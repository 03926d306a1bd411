/**
 * The closed word lists of the feed. Kept apart from schema.ts so that code which only needs
 * the words (the fast check, the views) does not import zod with them.
 */
export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about', 'almost', 'less-than'] as const;
export const FORMATS = ['number', 'percent', 'currency:KZT'] as const;
export const STATUSES = ['final', 'provisional', 'estimate'] as const;
export const POLARITIES = ['up-is-good', 'down-is-good', 'neutral'] as const;
