/**
 * Lets each element take over the markup a server rendered for it (src/server) instead of rendering it
 * again: Lit's hydration, which keeps the declarative shadow root's nodes and attaches to them. It patches
 * LitElement when Lit defines it, so this module must be evaluated before Lit's: it is the first import
 * of `define.ts`, which every element's entry imports first. An element without server markup renders
 * as usual.
 *
 * Its patched `update()` does not keep the root part LitElement keeps, so async directives (`ref`,
 * `until`, `asyncAppend`...) would not hear when an element leaves the page and comes back: the elements
 * use none, and should not start to without a test of that.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
