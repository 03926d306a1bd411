/**
 * What a page's developer is told when a widget cannot do what its markup asks: which element (by its tag and
 * identifying attributes), what was wrong and what would be valid, in the `inclusion-error` detail and once on
 * the console. The reader meanwhile sees a short message in their own language.
 *
 * Found here, told in developer-words.ts: its words come with the error views, which an element with an error
 * loads anyway (and whose arrival its events wait for), so a page where nothing is wrong never downloads them.
 */
import type { Problem } from './errors.js';

export interface DeveloperWords {
  /** The message about `element`, its problem told and prefixed with its name; warned on the console once. */
  message(element: Element, problem: string | Problem): string;
}

let words: DeveloperWords | undefined;

export function registerDeveloperWords(developerWords: DeveloperWords): void {
  words = developerWords;
}

/**
 * The message about `element` (see DeveloperWords.message); until its words have come, or if they cannot be, the
 * facts of the problem.
 */
export function developerMessage(element: Element, problem: string | Problem): string {
  if (words) return words.message(element, problem);
  return typeof problem === 'string' ? problem : problem.join(' ');
}

/** An attribute with a closed set of values (with another, an element shows its default). */
export interface AttributeRule {
  readonly name: string;
  readonly allowed: readonly string[];
  /** Whether a value is one of `allowed` (default: exactly); e.g. `kk-KZ` is Kazakh. */
  readonly accepts?: (value: string) => boolean;
}

/** The problems of the attributes that hold a value the element does not know. An absent one is never wrong. */
export function attributeProblems(element: Element, rules: readonly AttributeRule[]): Problem[] {
  const problems: Problem[] = [];
  for (const { name, allowed, accepts = (value: string) => allowed.includes(value) } of rules) {
    const value = element.getAttribute(name);
    if (value !== null && !accepts(value)) problems.push(['attribute', name, value, allowed.join(', ')]);
  }
  return problems;
}
