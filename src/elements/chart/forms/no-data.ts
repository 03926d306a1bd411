/**
 * How every bar and column form shows a missing value: never as 0 and never as a bare shape, but as a
 * dashed box that holds the words "no data" in the reader's language. The box is the value's mark (named,
 * focusable, with its tooltip); the words are decoration a sighted reader sees, since the mark's name
 * already says them. A box is at least BAR thick, so it is a pointer target of its own.
 */
import * as Plot from '@observablehq/plot';
import { messages } from '../../../i18n/index.js';
import type { Locale } from '../../../i18n/locale.js';
import type { Measure } from '../label-fit.js';
import { BAR, LABEL_GAP, markClass, tagMarks, type Tagged } from './plot-parts.js';
import { NAME_LINE, NAME_LINE_EMS } from './sizes.js';

/** A box's edges in the drawing's data units. */
export interface GapBox<T extends Tagged> {
  readonly x1: (d: T) => number;
  readonly x2: (d: T) => number;
  readonly y1: (d: T) => number;
  readonly y2: (d: T) => number;
}

export interface NoDataWords {
  readonly text: string;
  /** The words' length in px. */
  readonly length: number;
  /** With a gap either side: the room a box gives them where it can. */
  readonly span: number;
  /** The narrowest box that holds them across, a word a line. */
  readonly narrowest: number;
}

/** The least room either side of the words inside a box. */
const TIGHT = 2;
/** Either side of words broken into lines, which stand clear of the box's sides only with more. */
const WRAPPED = 4;

export function noDataWords(locale: Locale, measure: Measure): NoDataWords {
  const text = messages(locale).noData;
  const length = measure(text);
  const widestWord = Math.max(...text.split(' ').map(measure));
  return { text, length, span: length + 2 * LABEL_GAP, narrowest: widestWord + 2 * WRAPPED };
}

/** How a box standing on a column holds its words. */
export interface StandingBox {
  readonly width: number;
  readonly height: number;
  /** The words as written in the box, its lines apart by a line break. */
  readonly text: string;
  /** Written upright, in one line, along a column with too little room for even one word across. */
  readonly upright: boolean;
}

/**
 * A box standing on a column `columnPx` wide (its base at the baseline or on top of a stack), in px: the
 * words lie across it, the box as wide as they need up to `roomPx` (the room its column has beside it);
 * where that is too narrow for them in one line, a word a line ("нет / данных"), in a taller box. Only a
 * column with too little room for a whole word has them upright, in a box as wide as it.
 */
export function standingBox(words: NoDataWords, columnPx: number, roomPx: number): StandingBox {
  const room = Math.max(columnPx, roomPx);
  const oneLine = words.length + 2 * TIGHT <= room;
  if (!oneLine && words.narrowest > room)
    return { width: columnPx, height: Math.max(BAR, words.span), text: words.text, upright: true };
  const lines = oneLine ? [words.text] : words.text.split(' ');
  return {
    width: Math.max(columnPx, Math.min(oneLine ? words.span : words.narrowest, roomPx)),
    // A line and its room either side make BAR (24 px): a one-line box is as thick as a bar.
    height: lines.length * NAME_LINE + 2 * WRAPPED,
    text: lines.join('\n'),
    upright: false,
  };
}

/**
 * The boxes of one series' missing values, and the words centred in each (upright if `upright`; a line break
 * in them starts a line): "no data", or what `text` says of a box (a part that cannot be a share of a whole).
 */
export function noDataMarks<T extends Tagged>(
  gaps: readonly T[],
  row: number,
  box: GapBox<T>,
  text: string | ((d: T) => string),
  upright = false,
): Plot.Markish[] {
  return [
    Plot.rect(gaps, { ...box, className: markClass(row, 'no-data-boxes'), render: tagMarks(gaps) }),
    Plot.text(gaps, {
      x: (d: T) => (box.x1(d) + box.x2(d)) / 2,
      y: (d: T) => (box.y1(d) + box.y2(d)) / 2,
      text: typeof text === 'string' ? () => text : text,
      ...(upright ? { rotate: -90 } : {}),
      lineHeight: NAME_LINE_EMS,
      className: 'no-data-label',
    }),
  ];
}
