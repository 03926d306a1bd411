/**
 * How long a tile's value is, said to its styles as classes, so that the server's HTML and the browser's
 * agree (a `style` attribute is out under a strict CSP): `r24` says the longest stretch that may not break
 * ("1 500 000-нан астам адам") has 24 characters, `c24` the whole phrase. The tile's styles size the value
 * from these. The rules are written here at load, so they cost no bytes to download.
 */
import { unsafeCSS } from 'lit';

/** Lengths beyond this are said as this: no unit and number together come near it. */
const LONGEST = 100;

const length = (text: string): number => Math.min(text.length, LONGEST);

export function valueFitClasses(text: string): string {
  // Stretches joined by no-break spaces are one: only an ordinary space lets a line end.
  return `r${Math.max(...text.split(' ').map(length))} c${length(text)}`;
}

let rules = '';
for (let n = 1; n <= LONGEST; n++) rules += `.r${n}{--_run:${n}}.c${n}{--_chars:${n}}`;
export const valueFitStyles = unsafeCSS(rules);
