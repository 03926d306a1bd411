/**
 * Guarded registration: a page that loads the bundle twice (two copies, two versions) keeps the first
 * definitions and gets one console warning from the second copy instead of a thrown NotSupportedError.
 */
let warned = false;

export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, constructor);
    return;
  }
  if (existing !== constructor && !warned) {
    warned = true;
    console.warn(`inclusion-widgets: <${name}> and its siblings are already defined by another copy of the library; keeping the first.`);
  }
}
