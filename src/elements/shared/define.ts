/**
 * Guarded registration: a page that loads the bundle twice (two copies, two versions) keeps the first
 * definitions and gets one console warning instead of a thrown NotSupportedError.
 *
 * "Warned" is remembered on the page, not in this module: each copy (and dist/inclusion-widgets.js and the
 * per-element entries, which are separate builds) has its own module, but the page should hear it once.
 */
const WARNED = Symbol.for('inclusion-widgets.duplicate-definition-warned');
const page = globalThis as { [WARNED]?: boolean };

export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, constructor);
    return;
  }
  if (existing !== constructor && !page[WARNED]) {
    page[WARNED] = true;
    console.warn(
      `inclusion-widgets: <${name}> and its siblings are already defined by another copy of the library; ` +
        'keeping the first.',
    );
  }
}
