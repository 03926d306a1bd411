/**
 * What every element shares (docs/ARCHITECTURE.md, "Attributes"): the common attributes, the feed loader and
 * the reader's language.
 * Each element extends this and adds what it shows; Lit merges each subclass's own `properties` with these.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { FeedController, type FeedControllerOptions, type FeedState } from '../../feed/feed-controller.js';
import { unknownMetricCheck } from '../../feed/find-metric.js';
import type { Feed } from '../../feed/schema.js';
import { feedElementProperties, type Theme } from './feed-element-properties.js';
import { LocaleController } from './locale-controller.js';

export class FeedElement extends LitElement {
  // Typed as declarations, so each element's own `properties` (only its extra attributes) may differ.
  static override properties: PropertyDeclarations = feedElementProperties;

  declare src?: string;
  declare metric?: string;
  declare locale?: string;
  declare feed?: Feed | unknown;
  declare state: FeedState;
  declare refresh?: number;
  declare timeout?: number;
  declare theme?: Theme;

  protected readonly language = new LocaleController(this);
  protected readonly loader = new FeedController(this, this.loaderOptions());

  constructor() {
    super();
    this.state = 'loading';
  }

  /**
   * How this element's loader checks and finds its feed; by default an unknown `metric` is an error.
   * Called while the base class is constructed: an override may only read the element's own fields later,
   * inside the functions it returns.
   */
  protected loaderOptions(): FeedControllerOptions {
    return { check: unknownMetricCheck(this) };
  }

  /** Fetches `src` again now; a failure keeps the figures on screen and marks them stale. */
  reload(): void {
    this.loader.reload();
  }
}
