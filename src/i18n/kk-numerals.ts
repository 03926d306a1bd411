/**
 * Kazakh numerals as spoken, and the case ending a written number takes. The ending depends on the
 * LAST SPOKEN WORD of the number (800 → "сегіз жүз" → 800-ден; 290 → "екі жүз тоқсан" → 290-нан),
 * on that word's last sound and on vowel harmony. This is the rule itself, not a table of examples.
 */
import { compactScale } from './numbers.js';
import { decimalText, roundDecimal } from './decimal.js';

const UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'] as const;
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'] as const;
const GROUPS = ['', 'мың', 'миллион', 'миллиард', 'триллион'] as const;
/** Denominators of decimal fractions: "бір бүтін оннан бес" = 1,5. */
const FRACTION_NAMES = ['', 'оннан', 'жүзден', 'мыңнан'] as const;

function belowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  if (hundreds > 0) words.push(...(hundreds === 1 ? ['жүз'] : [UNITS[hundreds]!, 'жүз']));
  if (tens > 0) words.push(TENS[tens]!);
  if (units > 0) words.push(UNITS[units]!);
  return words;
}

function integerWords(n: number): string[] {
  if (n === 0) return ['нөл'];
  const words: string[] = [];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const group = groups[i]!;
    if (group === 0) continue;
    words.push(...belowThousand(group));
    if (i > 0) words.push(GROUPS[i] ?? GROUPS[GROUPS.length - 1]!);
  }
  return words;
}

/** "1,5" → "бір бүтін оннан бес"; the fraction is read as a count of tenths, hundredths... */
function decimalWords(text: string): string[] {
  const [integer = '0', fraction = ''] = text.split('.');
  const words = integerWords(Number(integer));
  if (!fraction) return words;
  const denominator = FRACTION_NAMES[fraction.length] ?? 'мыңнан';
  return [...words, 'бүтін', denominator, ...integerWords(Number(fraction))];
}

export interface SpokenOptions {
  readonly compact?: boolean;
  readonly maximumFractionDigits?: number;
}

/** The number as a Kazakh reader says it (sign ignored: the ending does not depend on it). */
export function kkSpokenWords(value: number, options: SpokenOptions = {}): string {
  if (!Number.isFinite(value)) return '';
  const digits = options.maximumFractionDigits ?? (options.compact ? 1 : 2);
  const magnitude = Math.abs(value);
  const scale = options.compact ? compactScale(magnitude, digits) : undefined;
  // Rounded as it is written (decimal.ts); only zeros after the decimal comma go unsaid.
  const words = decimalWords(decimalText(roundDecimal(magnitude, digits, scale?.exponent)));
  if (scale) words.push(scale.spoken);
  return words.join(' ');
}

export type KazakhCase = 'ablative' | 'dative' | 'locative' | 'instrumental';

const VOWELS = 'аәеёиоөуұүыіэюя';
const BACK = 'аоұыя';
const FRONT = 'әеөүіэ';
const NASALS = 'мнң';
/** Voiceless consonants, plus б в г д which Kazakh devoices at the end of loanwords (клубқа, заводтан). */
const VOICELESS = 'кқпстфхһцчшщбвгд';

/** Back (а) or front (е) harmony, from the last vowel that carries it; и/у/ю/ё are neutral. */
export function isBackVowelWord(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const letter = word[i]!;
    if (BACK.includes(letter)) return true;
    if (FRONT.includes(letter)) return false;
  }
  return false;
}

type Sound = 'vowel' | 'nasal' | 'voiced' | 'voiceless';

function lastSound(word: string): Sound {
  const letter = word.at(-1) ?? '';
  if (VOWELS.includes(letter)) return 'vowel';
  if (NASALS.includes(letter)) return 'nasal';
  if (VOICELESS.includes(letter)) return 'voiceless';
  return 'voiced';
}

/** The ending a word takes in a case: ablative -дан/-ден/-тан/-тен/-нан/-нен, dative -ға/-ге/-қа/-ке, ... */
export function kkWordEnding(word: string, grammaticalCase: KazakhCase): string {
  const back = isBackVowelWord(word.toLowerCase());
  const sound = lastSound(word.toLowerCase());
  const pick = (backForm: string, frontForm: string): string => (back ? backForm : frontForm);
  switch (grammaticalCase) {
    case 'ablative':
      if (sound === 'nasal') return pick('нан', 'нен');
      if (sound === 'voiceless') return pick('тан', 'тен');
      return pick('дан', 'ден');
    case 'dative':
      return sound === 'voiceless' ? pick('қа', 'ке') : pick('ға', 'ге');
    case 'locative':
      return sound === 'voiceless' ? pick('та', 'те') : pick('да', 'де');
    case 'instrumental':
      if (sound === 'voiceless') return 'пен';
      if (sound === 'vowel' || sound === 'nasal' || 'лрйуи'.includes(word.at(-1) ?? '')) return 'мен';
      return 'бен';
  }
}

/** The ending after a written number, from the last word a reader says. */
export function kkCaseEnding(value: number, grammaticalCase: KazakhCase, options: SpokenOptions = {}): string {
  const words = kkSpokenWords(value, options).split(' ');
  return kkWordEnding(words.at(-1) ?? '', grammaticalCase);
}
