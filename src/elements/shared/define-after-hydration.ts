import { defineElement } from './define.js';

/** Our elements, as a selector: a page a server rendered them into has one with its shadow root before its code. */
const OURS = 'inclusion-kpi,inclusion-chart,inclusion-map,inclusion-table,inclusion-dashboard';

/**
 * For a package entry: defines the element at once on a page without server-rendered markup of ours (the
 * usual page, which never downloads Lit's hydration support), and on one with it, once that support is
 * applied, so the element takes the markup over instead of rendering it again. Server markup is looked for
 * when the entry runs: a module script runs once the document is parsed.
 */
export function defineAfterHydration(name: string, constructor: CustomElementConstructor): void {
  // Not yet defined, with a shadow root: markup from the server (one defined has its own, by another copy).
  const serverRendered = [...document.querySelectorAll(OURS)].some(
    (element) => element.shadowRoot !== null && !element.matches(':defined'),
  );
  if (!serverRendered) defineElement(name, constructor);
  else
    import('./hydrate-support.js').then(
      () => defineElement(name, constructor),
      (error: unknown) =>
        console.error(`inclusion-widgets: <${name}> is not defined: its hydration code did not load.`, error),
    );
}
