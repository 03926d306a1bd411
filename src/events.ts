/**
 * The public events (docs/ARCHITECTURE.md, "Events"). Classes, so listeners can use `instanceof` and TypeScript
 * knows the details.
 */
import type { Feed } from './feed/schema.js';
import type { FeedErrorKind, FeedIssue } from './feed/errors.js';

export interface InclusionErrorDetail {
  readonly kind: FeedErrorKind;
  /** What went wrong, in English, for developers. */
  readonly message: string;
  /** For `schema` errors: every problem with its JSON path. */
  readonly issues?: readonly Pick<FeedIssue, 'path' | 'code' | 'message'>[];
  /** For `http` errors. */
  readonly status?: number;
}

export interface InclusionSelectDetail {
  readonly metric: string;
  readonly key: string;
  readonly value: number | null;
}

const init = { bubbles: true, composed: true } as const;

export class InclusionLoadEvent extends CustomEvent<{ readonly feed: Feed }> {
  constructor(feed: Feed) {
    super('inclusion-load', { ...init, detail: { feed } });
  }
}

export class InclusionErrorEvent extends CustomEvent<InclusionErrorDetail> {
  constructor(detail: InclusionErrorDetail) {
    super('inclusion-error', { ...init, detail });
  }
}

export class InclusionSelectEvent extends CustomEvent<InclusionSelectDetail> {
  constructor(detail: InclusionSelectDetail) {
    super('inclusion-select', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'inclusion-load': InclusionLoadEvent;
    'inclusion-error': InclusionErrorEvent;
    'inclusion-select': InclusionSelectEvent;
  }
}
