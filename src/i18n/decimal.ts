/**
 * Rounding a number for display, as people and Intl.NumberFormat do it: from its shortest decimal form
 * (what `String(value)` prints, which is what the feed's author wrote), half away from zero. So 1.005 is
 * shown "1.01", as Intl shows it; `toFixed(2)` would give "1.00", because it rounds the binary value
 * 1.00499999999999989… Every figure, label and spoken form takes its digits from here, so the number a
 * reader sees, the ending it takes and the plural of its unit always agree.
 */

/** A number's rounded digits, unsigned: 1234.567 to 2 decimals → { integer: '1234', fraction: '57' }. */
export interface Rounded {
  readonly integer: string;
  /** Without trailing zeros; empty for a whole number. */
  readonly fraction: string;
}

/**
 * `value` divided by 10^`shift` (a compact scale: 3 for thousands), rounded to `maximumFractionDigits`.
 * The shift moves the decimal point in the digits instead of dividing the double, whose shortest form can
 * differ in its last digits from the author's number (2.4014264851833325e281 / 1e12 does); Intl shifts too.
 */
export function roundDecimal(value: number, maximumFractionDigits: number, shift = 0): Rounded {
  const written = String(Math.abs(value));
  // The usual figure (358, 1120.5) needs no rounding: its shortest form already is the answer.
  if (shift === 0 && !written.includes('e')) {
    const dot = written.indexOf('.');
    if (dot < 0) return { integer: written, fraction: '' };
    if (written.length - dot - 1 <= maximumFractionDigits)
      return { integer: written.slice(0, dot), fraction: written.slice(dot + 1) };
  }
  // "1.5e+21", "1e-7" or "1234.567": the digits, and where the decimal point falls among them.
  const [mantissa = '0', exponent = '0'] = written.split('e');
  const [whole = '0', part = ''] = mantissa.split('.');
  let digits = whole + part;
  let point = whole.length + Number(exponent) - shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const kept = point + maximumFractionDigits;
  if (digits.length > kept) {
    const roundsUp = digits.charCodeAt(kept) >= 53; // '5'
    digits = digits.slice(0, kept);
    if (roundsUp) {
      const increased = (BigInt(digits || '0') + 1n).toString().padStart(digits.length, '0');
      point += increased.length - digits.length; // 9.99 → 10.0
      digits = increased;
    }
  }
  return {
    integer: digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0',
    fraction: digits.slice(point).replace(/0+$/, ''),
  };
}

/** Rounded digits as plain decimal text, unsigned: "1234.57", "10". */
export function decimalText({ integer, fraction }: Rounded): string {
  return fraction ? `${integer}.${fraction}` : integer;
}

/** The rounded value as a number: what a unit's plural or a scale choice must agree with. */
export function roundedValue(value: number, maximumFractionDigits: number, shift = 0): number {
  const magnitude = Number(decimalText(roundDecimal(value, maximumFractionDigits, shift)));
  return value < 0 ? -magnitude : magnitude;
}
