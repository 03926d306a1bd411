/** The list of seed feeds the demo pages offer: data/index.json, served from this site. */
import type { LocalizedString } from '../src/feed/schema.js';
import type { Locale } from '../src/i18n/locale.js';

/** One seed feed: its file under data/, its id, its title, and the language its article was written in. */
export interface FeedIndexEntry {
  readonly file: string;
  readonly id: string;
  readonly title: LocalizedString;
  readonly lang: Locale;
}

export async function fetchFeedIndex(): Promise<FeedIndexEntry[]> {
  return (await (await fetch('/data/index.json')).json()) as FeedIndexEntry[];
}
