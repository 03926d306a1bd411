/**
 * Turns the findings on an invalid input (judge.ts) into a `schema` FeedError that lists every problem with
 * its path and a sentence in each language. Loaded only when a feed is invalid.
 */
import { describeIssue } from './issue-text.js';
import { FeedError, type FeedIssue, type IssueCode } from './errors.js';
import { valueAt, type Duplicate, type Segment } from './inspect.js';
import { formatPath } from './json-path.js';
import type { z } from './zod.js';

type RawIssue = z.core.$ZodIssue;

/** The raw findings on an invalid input (judge.ts), before they are worded here. */
export interface Rejection {
  readonly input: unknown;
  readonly zodIssues: readonly RawIssue[];
  readonly duplicates: readonly Duplicate[];
}

/** The type of a value as a problem names it. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function issue(segments: readonly Segment[], code: IssueCode, params: Record<string, string> = {}): FeedIssue {
  const path = formatPath(segments);
  const where = path === '' ? 'feed' : path;
  return { path, segments, code, params, message: `${where}: ${describeIssue(code, params, 'en')}` };
}

const MESSAGE_CODES: Readonly<Record<string, IssueCode>> = {
  'category-needs-label': 'category-needs-label',
  'at-least-one-language': 'no-language',
  'at-least-one-form': 'no-language',
};

/** Maps zod's issue to ours. Zod's own messages are not used: ours are localized and name the fix. */
function fromZod(raw: RawIssue, input: unknown): FeedIssue[] {
  const segments = raw.path.filter((s): s is Segment => typeof s !== 'symbol');
  const received = valueAt(input, segments);
  const missing =
    received === undefined &&
    (raw.code === 'invalid_type' || raw.code === 'invalid_value' || raw.code === 'invalid_union');
  if (missing) return [issue(segments, 'required')];
  switch (raw.code) {
    case 'invalid_type':
      if (raw.expected === 'number' && typeof received === 'number') return [issue(segments, 'not-finite')];
      return [issue(segments, 'wrong-type', { expected: raw.expected, received: typeOf(received) })];
    case 'invalid_value':
      if (segments.length === 1 && segments[0] === 'version')
        return [issue(segments, 'unknown-version', { received: JSON.stringify(received) ?? '' })];
      return [issue(segments, 'not-allowed', { allowed: raw.values.map(String).join(', ') })];
    case 'unrecognized_keys':
      return raw.keys.map((key) => issue([...segments, key], 'unknown-field', { key }));
    case 'invalid_format':
      return [issue(segments, 'pattern', { pattern: raw.message })];
    case 'too_small':
      return [issue(segments, segments.at(-1) === 'metrics' ? 'no-metrics' : 'empty')];
    case 'invalid_union': {
      // A localized string or unit may be a string or an object: say what it should be in one sentence.
      return [issue(segments, 'wrong-type', { expected: 'string', received: typeOf(received) })];
    }
    case 'custom':
      return [issue(segments, MESSAGE_CODES[raw.message] ?? 'not-allowed', { allowed: raw.message })];
    default:
      return [issue(segments, 'not-allowed', { allowed: raw.message })];
  }
}

export function explainProblems(rejection: Rejection): FeedError {
  const { input } = rejection;
  const error =
    typeOf(input) === 'object'
      ? listed([
          ...rejection.zodIssues.flatMap((raw) => fromZod(raw, input)),
          ...rejection.duplicates.map(({ segments, value }) => issue(segments, 'duplicate', { value })),
        ])
      : notAnObject(input);
  error.describeIssue = (problem, locale) => describeIssue(problem.code, problem.params, locale);
  return error;
}

function notAnObject(input: unknown): FeedError {
  const problem = issue([], 'wrong-type', { expected: 'object', received: typeOf(input) });
  return new FeedError('schema', problem.message, [problem]);
}

function listed(issues: FeedIssue[]): FeedError {
  const summary = issues
    .slice(0, 5)
    .map((i) => i.message)
    .join('; ');
  return new FeedError(
    'schema',
    `The feed has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ` +
      `${summary}${issues.length > 5 ? '; …' : ''}`,
    issues,
  );
}
