/**
 * The attributes every element shares (docs/ARCHITECTURE.md, "Attributes"), declared once and spread into each
 * element's `properties`.
 */
import type { PropertyDeclarations } from 'lit';

export const feedElementProperties = {
  src: { type: String },
  metric: { type: String },
  locale: { type: String },
  /** A feed object set from script; takes precedence over `src`. */
  feed: { attribute: false },
  /** `loading`, `ready` or `error`, for host CSS and tests. */
  state: { type: String, reflect: true },
  refresh: { type: Number },
  timeout: { type: Number },
  theme: { type: String, reflect: true },
} satisfies PropertyDeclarations;

export type Theme = 'light' | 'dark' | 'auto';
