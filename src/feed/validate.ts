/** Turns untrusted input into a `Feed`, or a `schema` FeedError that lists every problem with its path. */
import type { z } from './zod.js';
import { FeedSchema, type Feed } from './schema.js';
import { FeedError, formatPath, type FeedIssue, type IssueCode } from './errors.js';
import { describeIssue } from './issue-text.js';

type Segment = string | number;
type RawIssue = z.core.$ZodIssue;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Reads a value along a path without touching prototypes (paths come from the untrusted input). */
function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
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
  const missing = received === undefined && (raw.code === 'invalid_type' || raw.code === 'invalid_value' || raw.code === 'invalid_union');
  if (missing) return [issue(segments, 'required')];
  switch (raw.code) {
    case 'invalid_type':
      if (raw.expected === 'number' && typeof received === 'number') return [issue(segments, 'not-finite')];
      return [issue(segments, 'wrong-type', { expected: raw.expected, received: typeOf(received) })];
    case 'invalid_value':
      if (segments.length === 1 && segments[0] === 'version') return [issue(segments, 'unknown-version', { received: JSON.stringify(received) ?? '' })];
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

/** Ids and keys must be unique; checked on the raw input so it is reported alongside every other problem. */
function duplicates(input: unknown): FeedIssue[] {
  const found: FeedIssue[] = [];
  const scan = (list: unknown, listPath: Segment[], field: string): void => {
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((item: unknown, index) => {
      const value = valueAt(item, [field]);
      if (typeof value !== 'string') return;
      if (seen.has(value)) found.push(issue([...listPath, index, field], 'duplicate', { value }));
      seen.add(value);
    });
  };
  const metrics = valueAt(input, ['metrics']);
  scan(metrics, ['metrics'], 'id');
  if (Array.isArray(metrics)) metrics.forEach((_, i) => scan(valueAt(metrics, [i, 'breakdown']), ['metrics', i, 'breakdown'], 'key'));
  return found;
}

export function validateFeed(input: unknown): Feed {
  const started = performance.now();
  try {
    return validate(input);
  } finally {
    // Visible in the Performance panel and counted by the benchmarks (one validation per feed).
    performance.measure('inclusion:validate', { start: started });
  }
}

function validate(input: unknown): Feed {
  if (typeOf(input) !== 'object') {
    throw new FeedError('schema', `feed: ${describeIssue('wrong-type', { expected: 'object', received: typeOf(input) }, 'en')}`, [
      issue([], 'wrong-type', { expected: 'object', received: typeOf(input) }),
    ]);
  }
  const result = FeedSchema.safeParse(input);
  const issues = [...(result.success ? [] : result.error.issues.flatMap((raw) => fromZod(raw, input))), ...duplicates(input)];
  if (issues.length > 0 || !result.success) {
    const summary = issues.slice(0, 5).map((i) => i.message).join('; ');
    throw new FeedError('schema', `The feed has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${summary}${issues.length > 5 ? '; …' : ''}`, issues);
  }
  return result.data;
}
