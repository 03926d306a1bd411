/**
 * How long a tile's value is, said to its styles as classes, so that the server's HTML and the browser's
 * agree (a `style` attribute is out under a strict CSP). Each length is rounded up to a step: `r24` says the
 * longest stretch that may not break ("1 500 000-нан астам адам") has at most 24 characters, `c24` the
 * whole phrase. The tile's styles size the value from these.
 */
import { unsafeCSS } from 'lit';

const STEPS = [6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 34, 40, 48, 60, 80, 100];

const step = (length: number): number => STEPS.find((limit) => limit >= length) ?? STEPS.at(-1)!;

/** Characters of the longest stretch of a phrase that may not break: words glued by no-break spaces. */
const longestRun = (text: string): number => Math.max(...text.split(' ').map((run) => run.length));

export function valueFitClasses(text: string): string {
  return `r${step(longestRun(text))} c${step(text.length)}`;
}

export const valueFitStyles = unsafeCSS(STEPS.map((n) => `.r${n}{--_run:${n}}.c${n}{--_chars:${n}}`).join(''));
