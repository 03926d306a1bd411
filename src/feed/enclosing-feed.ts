/**
 * The feed of an enclosing dashboard, for an element that has none of its own (a widget placed inside a
 * dashboard): asked for through @lit/context. Loaded by the first element with no feed of its own, so a page
 * whose elements all name their feed never downloads the context consumer.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { feedContext } from './feed-context.js';
import type { Feed } from './schema.js';

export interface EnclosingFeed {
  /** The enclosing dashboard's feed, once it has one; kept current while the element is connected. */
  readonly value?: Feed | undefined;
}

/** Subscribes `host` to the feed of the dashboard around it; the host is updated when that feed changes. */
export function enclosingFeed(host: ReactiveControllerHost & HTMLElement): EnclosingFeed {
  return new ContextConsumer(host, { context: feedContext, subscribe: true });
}
