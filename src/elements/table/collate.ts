/**
 * Comparing words as a reader of the language orders them: `Intl.Collator` for ru and en, and for kk the
 * same collator with the Kazakh alphabet's own order laid over it. Browsers cannot be trusted with Kazakh:
 * Debian's Chromium has no `kk` collation and falls back to the root order, which puts Ү before Ұ and І right
 * after И, where the Kazakh alphabet has У Ұ Ү and Ы І Ь (CLDR's `kk` tailoring says the same, and makes Ё a
 * letter of its own after Е).
 */
import type { Locale } from '../../i18n/locale.js';

export type Compare = (a: string, b: string) => number;

/** The Kazakh Cyrillic alphabet (1940, as taught and as CLDR orders it). */
const KAZAKH_ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const KAZAKH_RANK: ReadonlyMap<string, number> = new Map([...KAZAKH_ALPHABET].map((letter, rank) => [letter, rank]));

const DIGIT = /\d/;

/**
 * Base sensitivity (case and accents do not order rows; equal rows keep the feed's order in a stable
 * sort) and numeric ("2" before "10"). One collator per locale, made once.
 */
const collators = new Map<Locale, Intl.Collator>();

function collator(locale: Locale): Intl.Collator {
  let made = collators.get(locale);
  if (!made) {
    made = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, made);
  }
  return made;
}

/**
 * Kazakh: letter by letter while both strings have Kazakh letters at the same place; at the first place
 * where either does not (a space, a digit, a Latin letter), the rest goes to the collator. A digit run
 * is handed over whole, so numeric order still holds ("9 жас" before "10 жас").
 */
function kazakhCompare(root: Intl.Collator): Compare {
  return (a, b) => {
    const x = [...a.normalize('NFC').toLowerCase()];
    const y = [...b.normalize('NFC').toLowerCase()];
    let i = 0;
    for (; i < x.length && i < y.length; i += 1) {
      if (x[i] === y[i]) continue;
      const rx = KAZAKH_RANK.get(x[i]!);
      const ry = KAZAKH_RANK.get(y[i]!);
      if (rx !== undefined && ry !== undefined) return rx - ry;
      break;
    }
    while (i > 0 && DIGIT.test(x[i - 1]!)) i -= 1;
    return root.compare(x.slice(i).join(''), y.slice(i).join(''));
  };
}

export function textCompare(locale: Locale): Compare {
  // The root order (no kk data in the browser) under the Kazakh letters; 'ru' keeps Cyrillic before Latin.
  if (locale === 'kk') return kazakhCompare(collator('ru'));
  return collator(locale).compare;
}
