/**
 * Text put together from the reader's messages and names a feed gives, some of them in another language (a
 * category label with no Kazakh translation falls back to Russian). Such a name is marked while its sentence
 * is built from plain-string messages, and the sentence is then read as runs, each with the language it is in,
 * so an element marks the name with `lang` and a screen reader says it in that language's voice.
 */
import type { Locale } from './locale.js';

/** A stretch of text; `lang` is set when it is in another language than the text around it. */
export interface TextRun {
  readonly text: string;
  readonly lang?: string;
}

// Private-use characters: they never stand for anything in a message, and a feed's names lose any they have.
const START = '\uE000';
const LANG_END = '\uE001';
const END = '\uE002';
const MARKS = /[\uE000-\uE002]/g;

/** `text`, marked as in `lang` when that is not the reader's `locale` (a `lang` of undefined: the reader's). */
export function inLanguage(text: string, lang: string | undefined, locale: Locale): string {
  const clean = text.replace(MARKS, '');
  return lang && lang !== locale ? `${START}${lang}${LANG_END}${clean}${END}` : clean;
}

/** The runs of a marked text, in order; unmarked stretches have no `lang`. */
export function runsOf(marked: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const piece of marked.split(START)) {
    const end = piece.indexOf(END);
    if (end === -1) {
      if (piece) runs.push({ text: piece });
      continue;
    }
    const [lang = '', text = ''] = piece.slice(0, end).split(LANG_END);
    runs.push({ text, lang });
    if (end + 1 < piece.length) runs.push({ text: piece.slice(end + 1) });
  }
  return runs;
}

/** A marked text as plain text, the marks dropped. */
export function plainOf(marked: string): string {
  return marked.replace(MARKS, '');
}
