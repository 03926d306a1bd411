/**
 * The error kinds of `inclusion-error` (docs/ARCHITECTURE.md, "Events"), the issue vocabulary of schema errors,
 * and the error class that carries them.
 */
import type { Locale } from '../i18n/locale.js';

export type FeedErrorKind = 'network' | 'http' | 'parse' | 'schema' | 'metric' | 'url';

export type IssueCode =
  | 'required'
  | 'wrong-type'
  | 'not-finite'
  | 'unknown-version'
  | 'unknown-field'
  | 'not-allowed'
  | 'pattern'
  | 'empty'
  | 'no-metrics'
  | 'duplicate'
  | 'category-needs-label'
  | 'no-language';

/** One problem in a feed, with where it is. `params` fill the sentence that describes it in each language. */
export interface FeedIssue {
  /** JSON path in the feed, e.g. `metrics[0].value`; empty string for the feed itself. */
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly code: IssueCode;
  /** The problem in English, for developers (the reader sees it in their own language). */
  readonly message: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * What went wrong, as facts: the sentence that tells a developer (developer-words.ts) comes with the error views,
 * which an element loads to show the error anyway, so a page whose feeds load never downloads it.
 */
export type Problem =
  | readonly ['http', status: number, statusText: string, href: string]
  | readonly ['timeout', seconds: number, href: string]
  | readonly ['unreachable', href: string, reason: string]
  | readonly ['empty', href: string]
  | readonly ['html', href: string]
  | readonly ['json', href: string, reason: string]
  | readonly ['inline-json', reason: string]
  | readonly ['empty-address']
  | readonly ['scheme', src: string]
  | readonly ['invalid-address', src: string]
  | readonly ['protocol', src: string, protocol: string]
  | readonly ['metric', feedId: string, unknown: string, known: string];

let problemWords: ((problem: Problem) => string) | undefined;

/** The developer's words for problems (developer-words.ts registers them when it runs). */
export function registerProblemWords(words: (problem: Problem) => string): void {
  problemWords = words;
}

/** `problem` in the developer's words, or as its facts while those have not arrived. */
function tell(problem: Problem): string {
  return problemWords?.(problem) ?? problem.join(' ');
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** The facts of the `message`, when it is told from them (its words are developer-words.ts's). */
  readonly problem?: Problem;

  /**
   * @param message - the problem in English, for developers; or its facts, told in the developer's words if they
   *   have arrived (a server has them from the start), else as the facts until they do (see `told`)
   */
  constructor(
    readonly kind: FeedErrorKind,
    message: string | Problem,
    readonly issues: readonly FeedIssue[] = [],
    /** HTTP status for `http` errors. */
    readonly status?: number,
    /** How long the server asked clients to wait (`Retry-After` on 429 and 503), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(typeof message === 'string' ? message : tell(message));
    if (typeof message !== 'string') this.problem = message;
  }

  /** The message in the developer's words: an error made before they arrived is told once they have. */
  get told(): string {
    return this.problem ? tell(this.problem) : this.message;
  }

  /**
   * An issue in the reader's language. Set by explain.ts, which brings the sentences with it, so that the
   * wording is downloaded only when a feed is actually invalid.
   */
  describeIssue?: (issue: FeedIssue, locale: Locale) => string;

  /**
   * What the reader is told, when the kind's general message would mislead (a `metric` error about
   * metrics that exist but cannot be drawn together); the kind's message otherwise.
   */
  readerMessage?: (locale: Locale) => string;
}
