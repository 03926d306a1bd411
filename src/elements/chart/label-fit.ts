/**
 * Fitting labels into the room a narrow chart has: measure with the same font the CSS gives axis
 * text, then break them into lines between words, or cut them at a word or character with an ellipsis.
 * The full name is never lost: it stays in the mark's accessible name, the tooltip and the table.
 */
export type Measure = (text: string) => number;

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

let context: Context2D | null | undefined;
let contextFont = '';
/** Widths by font, then by text: shared by every chart on the page (50 charts measure their labels once). */
const widths = new Map<string, Map<string, number>>();

/**
 * An OffscreenCanvas where there is one: measuring on it never touches the document, whereas a
 * document canvas recalculates the page's styles when they are dirty (a chart drawn just before), which
 * made every chart on a page of 50 pay a style recalculation per label measured.
 */
function createContext(): Context2D | null {
  if (typeof OffscreenCanvas === 'function') {
    const offscreen = new OffscreenCanvas(1, 1).getContext('2d');
    if (offscreen) return offscreen;
  }
  return document.createElement('canvas').getContext('2d');
}

/** Width of `text` in px at the chart's label font (12 px system-ui), measured on a detached canvas. */
export function measureText(
  font = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
): Measure {
  context ??= createContext();
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  const known = cache;
  return (text) => {
    let width = known.get(text);
    if (width === undefined) {
      if (context) {
        // Setting the font parses it: only when it changes.
        if (contextFont !== font) {
          context.font = font;
          contextFont = font;
        }
        width = context.measureText(text).width;
      } else {
        width = text.length * 7; // no canvas (very old engines): a generous average glyph width
      }
      known.set(text, width);
    }
    return width;
  };
}

const ELLIPSIS = '…';

/**
 * `text` if it fits in `width` px, else a prefix that fits followed by "…": cut between words where that
 * keeps at least half of what fits, else mid-word (the ellipsis says so either way).
 */
export function truncate(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  if (measure(ELLIPSIS) > width) return '';
  let low = 0;
  let high = text.length;
  // Binary search on the prefix length; labels are short, this is a handful of measurements.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= width) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return ELLIPSIS;
  const fits = text.slice(0, low);
  const space = /\s/.test(text[low] ?? '') ? low : fits.search(/\s\S*$/);
  const end = space >= low / 2 ? space : low;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * `text` in at most `lines` lines of `width` px, broken between words. What the last line cannot hold is
 * cut with "…" (as `truncate` cuts), and so is a word longer than a line, so nothing is cut without a sign.
 */
export function wrap(text: string, width: number, measure: Measure, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const written: string[] = [];
  let next = 0;
  while (next < words.length) {
    const rest = words.slice(next).join(' ');
    if (written.length === lines - 1 || measure(words[next]!) > width) {
      written.push(truncate(rest, width, measure));
      break;
    }
    let line = words[next]!;
    next += 1;
    while (next < words.length && measure(`${line} ${words[next]}`) <= width) {
      line = `${line} ${words[next]}`;
      next += 1;
    }
    written.push(line);
  }
  return written;
}

/** Indices of `count` evenly spread ticks over `length` positions, always including the first and last. */
export function spreadTicks(length: number, count: number): number[] {
  if (length <= 0) return [];
  if (count >= length) return Array.from({ length }, (_, i) => i);
  if (count <= 1) return [0];
  const step = (length - 1) / (count - 1);
  const ticks = new Set<number>();
  for (let i = 0; i < count; i += 1) ticks.add(Math.round(i * step));
  return [...ticks];
}
