/**
 * Lets each element take over the markup a server rendered for it (src/server) instead of rendering it
 * again: Lit's hydration, which keeps the declarative shadow root's nodes and attaches to them. An element
 * without server markup renders as usual.
 *
 * Lit applies the support itself only when it was loaded before Lit. Here it is applied to LitElement
 * explicitly, once, so it can come after Lit: the script tag's loader (src/autoload.ts) downloads it only
 * for a page that has server-rendered markup, before the first element is defined.
 *
 * Its patched `update()` does not keep the root part LitElement keeps, so async directives (`ref`,
 * `until`, `asyncAppend`...) would not hear when an element leaves the page and comes back: the elements
 * use none, and should not start to without a test of that.
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
const support = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
// The support gives LitElement its own `observedAttributes` (adding `defer-hydration`): its mark of being
// applied, by Lit itself (when another copy of the library set up the support first) or here. Reading that
// getter on LitElement itself throws once it is patched, so only its presence is checked.
const applied = (): boolean => Object.hasOwn(LitElement, 'observedAttributes');
if (support && !applied()) support({ LitElement });
