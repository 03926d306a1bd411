/**
 * Lit's server renderer for our elements. Lit runs no update cycle on a server (no controllers'
 * `hostUpdate`), so each element first reads its feed as its first update would (`prepareServerRender`);
 * then `render()` gives what the browser's first render gives, and the browser can take the markup over
 * as it is. An element that cannot show its figures (an unknown metric) is reported, not rendered.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import { FeedElement } from '../elements/shared/feed-element.js';
// The developer's words for a feed's problems, which a browser loads only with an error to show: a server has
// them before any element is rendered, so the problems it reports are told in them.
import '../feed/developer-words.js';

/** What the renderer calls: protected on the element, so that it stays out of the public API. */
interface ServerRenderable {
  prepareServerRender(): Error | undefined;
  serverStyles(): string | undefined;
  serverStylesAfter(): string | undefined;
}

export class FeedElementRenderer extends LitElementRenderer {
  /** Problems met while rendering, in document order; the caller decides what to do with them. */
  static readonly problems: Error[] = [];

  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof FeedElement;
  }

  override connectedCallback(): void {
    const element = this.element as unknown as ServerRenderable;
    const problem = element.prepareServerRender();
    if (problem) FeedElementRenderer.problems.push(problem);
    super.connectedCallback();
  }

  override renderShadow(
    renderInfo: Parameters<LitElementRenderer['renderShadow']>[0],
  ): ReturnType<LitElementRenderer['renderShadow']> {
    const shadow = super.renderShadow(renderInfo);
    const element = this.element as unknown as ServerRenderable;
    const [styles, after] = [element.serverStyles(), element.serverStylesAfter()];
    if (!shadow || (!styles && !after)) return shadow;
    // After the element's own styles (so these win where they differ) and before the rendered markup,
    // which is what the browser takes over: this style is left as it is. So is the one after the markup.
    const parts = [...shadow];
    const markup = parts.findIndex((part) => typeof part === 'function');
    if (styles) parts.splice(markup === -1 ? parts.length : markup, 0, `<style>${styles}</style>`);
    if (after) parts.push(`<style>${after}</style>`);
    return parts;
  }
}
