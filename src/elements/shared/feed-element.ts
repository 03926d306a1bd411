/**
 * What every element shares (docs/ARCHITECTURE.md, "Attributes"): the common attributes, the feed loader and
 * the reader's language.
 * Each element extends this and adds what it shows; Lit merges each subclass's own `properties` with these.
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { InclusionErrorEvent } from '../../events.js';
import { checkAttributes, developerMessage, type AttributeRule } from '../../feed/developer-message.js';
import { LOCALES, type Locale } from '../../i18n/locale.js';
import { FeedController, type FeedControllerOptions, type FeedState } from '../../feed/feed-controller.js';
import { unknownMetricCheck } from '../../feed/find-metric.js';
import type { Feed } from '../../feed/schema.js';
import { feedElementProperties, type Theme } from './feed-element-properties.js';
import { LocaleController } from './locale-controller.js';
import { loadErrorViews, retryErrorViews } from './status-views.js';

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
    // The events wait for what the element shows to be whole, an error's words included (see pendingCode).
    return { check: unknownMetricCheck(this), shown: () => this.updateComplete };
  }

  /** Attributes with a closed set of values; another value is warned about once, and the element shows its default. */
  protected attributeRules(): AttributeRule[] {
    return [
      // A language tag counts by its language: kk-KZ is Kazakh.
      {
        name: 'locale',
        allowed: LOCALES,
        accepts: (value) => LOCALES.includes(value.trim().toLowerCase().split(/[-_]/)[0] as Locale),
      },
      { name: 'theme', allowed: ['light', 'dark', 'auto'] },
    ];
  }

  /** The error views' code, on its way for the error or stale note this element shows (status-views.ts). */
  private errorViewsPending?: Promise<void>;

  /**
   * Why a part of what the element shows could not be loaded (a tile's change, target and trend), its figures
   * still shown: the error views word it as they word an error.
   */
  protected partError?: Error;

  /** Tries again to load that part (the reader's retry button; `reload()` does it too), and only that. */
  protected readonly retryPart = (): void => {
    this.partError = undefined;
    this.requestUpdate();
  };

  /**
   * Tells the page (`inclusion-error`, kind `network`) that a part could not be loaded, once its alert is on
   * screen in the reader's words, as a feed's error is heard. `message` says, for the developer, which code
   * and what to do; it is read then, when the error views that word it have arrived.
   */
  protected announcePartError(message: () => string): void {
    void this.updateComplete.then(() =>
      this.dispatchEvent(new InclusionErrorEvent({ kind: 'network', message: developerMessage(this, message()) })),
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.loader.error || this.loader.staleError || this.partError) {
      this.errorViewsPending ??= loadErrorViews(() => import('./error-views.js'))?.then(() => {
        this.errorViewsPending = undefined;
        this.requestUpdate();
      });
    }
    super.update(changed);
  }

  /** Code on its way that what the element shows waits for (an error's words); an element adds its own. */
  protected pendingCode(): Promise<unknown> | undefined {
    return this.errorViewsPending;
  }

  /** Settles once what the element shows is whole: with the code it was waiting for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let pending = this.pendingCode(); pending; pending = this.pendingCode()) {
      await pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    checkAttributes(this, this.attributeRules());
  }

  /**
   * Fetches `src` again now; a failure keeps the figures on screen and marks them stale. A part that could not
   * be loaded (`partError`) is tried again too, and so are the words of errors if they could not be.
   */
  reload(): void {
    retryErrorViews();
    this.retryPart();
    this.loader.reload();
  }

  /**
   * For a server renderer, where Lit runs no update cycle: reads the feed as the first update would, so
   * `render()` shows the figures and `state` says where they stand. Returns the error that stops the
   * element from showing them (an unknown metric...), if any. An element that prepares more than its
   * loader (a view built in `update()`) adds it here.
   * @internal
   */
  protected prepareServerRender(): Error | undefined {
    this.loader.hostUpdate();
    return this.loader.error;
  }

  /**
   * CSS a server adds to this instance's shadow root, before its rendered markup: what the browser must
   * know before it draws anything the server could not (a chart keeps its drawing's height).
   * @internal
   */
  protected serverStyles(): string | undefined {
    return undefined;
  }

  /**
   * CSS a server adds to this instance's shadow root after its rendered markup, which the browser applies
   * only once it has parsed all of it: what must wait until the markup is whole (a table shown at once).
   * @internal
   */
  protected serverStylesAfter(): string | undefined {
    return undefined;
  }
}
