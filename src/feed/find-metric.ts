import { FeedError } from './errors.js';
import type { Feed, Metric } from './schema.js';

/** The metrics an element shows: the ids in `metric` (comma-separated), or the first metric when absent. */
export function findMetrics(feed: Feed, ids: string | undefined | null): Metric[] | FeedError {
  const wanted = (ids ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (wanted.length === 0) return feed.metrics.slice(0, 1);
  const found: Metric[] = [];
  const unknown: string[] = [];
  for (const id of wanted) {
    const metric = feed.metrics.find((m) => m.id === id);
    if (metric) found.push(metric);
    else unknown.push(id);
  }
  return unknown.length > 0 ? unknownMetricError(feed, unknown) : found;
}

/** Names the ids that are not in the feed and the ids that are. */
export function unknownMetricError(feed: Feed, unknown: readonly string[]): FeedError {
  const known = feed.metrics.map((m) => m.id).join(', ');
  const missing = unknown.map((id) => `"${id}"`).join(', ');
  return new FeedError('metric', ['metric', feed.id, missing, known]);
}

/** The `check` an element gives its FeedController: an unknown id in its `metric` attribute is a `metric` error. */
export function unknownMetricCheck(host: { readonly metric?: string | null }): (feed: Feed) => FeedError | undefined {
  return (feed) => {
    const found = findMetrics(feed, host.metric);
    return Array.isArray(found) ? undefined : found;
  };
}
