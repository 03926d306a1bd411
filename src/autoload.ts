/**
 * The one script tag (`dist/inclusion-widgets.js`): a small loader that defines each element when it first
 * appears in the page, loading that element's code then, so a page pays only for the elements it uses (a
 * page of KPI tiles never downloads the chart's or the map's code). The way Shoelace's and Web Awesome's
 * autoloaders work: the elements already in the page are found at once, later ones by a MutationObserver
 * on the document and on the shadow roots our elements create to hold others (a dashboard renders tiles,
 * charts and maps in its own), and on any shadow root of the page's own handed to `observe()`.
 *
 * Nothing set on an element before its code arrives is lost: attributes and event listeners stay on the
 * element, and properties set from script (`feed`) are taken over by the element when it is upgraded (Lit
 * keeps a declared property's value set on the instance before the class was defined).
 *
 * `import 'inclusion-widgets'` (package.json's `.` export, `dist/all.js`) defines every element at once;
 * this file is the script-tag path only. The elements' modules import nothing from here, so they load in
 * any order, from here or from the per-element entries.
 */
import type { Feed } from './feed/schema.js';

/** Each element's code: the per-element entries of package.json, shared chunks and all. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'inclusion-kpi': () => import('./elements/kpi/define.js'),
  'inclusion-chart': () => import('./elements/chart/define.js'),
  'inclusion-map': () => import('./elements/map/define.js'),
  'inclusion-table': () => import('./elements/table/define.js'),
  'inclusion-dashboard': () => import('./elements/dashboard/define.js'),
};

const TAGS = Object.keys(ELEMENTS);
/**
 * Our elements that render other elements of ours in their shadow roots; only theirs are observed, since
 * every render of any other element (a chart's drawing, a table's rows) would reach the observer for nothing.
 */
const HOLDERS = new Set(['inclusion-dashboard']);
const loads = new Map<string, Promise<void>>();

/**
 * Defines the element `tag` (one of this library's) by loading its code, once; resolves when it is defined.
 * A failed load is forgotten, so the element is tried again the next time one appears.
 */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const module = ELEMENTS[name];
  if (!module) return Promise.reject(new Error(`inclusion-widgets: <${name}> is not one of ${TAGS.join(', ')}.`));
  let loading = loads.get(name);
  if (!loading) {
    loading = hydration()
      .then(module)
      .then(
        () => undefined,
        (error: unknown) => {
          loads.delete(name);
          console.error(`inclusion-widgets: the code of <${name}> could not be loaded.`, error);
          throw error;
        },
      );
    loads.set(name, loading);
  }
  return loading;
}

const SELECTOR = TAGS.join(',');

let hydrationSupport: Promise<unknown> | undefined;
/**
 * Lit's hydration support, for a page a server rendered our elements into (one of ours has its shadow root,
 * from declarative shadow DOM, before its code ran). It must be applied before the first element is defined;
 * a page without server markup never downloads it.
 */
function hydration(): Promise<unknown> {
  hydrationSupport ??= elementsIn(document).some((element) => element.shadowRoot !== null)
    ? import('./elements/shared/hydrate-support.js')
    : Promise.resolve();
  return hydrationSupport;
}
const OBSERVING: MutationObserverInit = { childList: true, subtree: true };
const observed = new WeakSet<Node>();

/** Our elements in `root`, the root itself included. */
function elementsIn(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(SELECTOR)];
  return root instanceof Element && root.matches(SELECTOR) ? [root, ...found] : found;
}

/**
 * Loads the code of each of our elements in `root` not requested yet, then follows the shadow roots those
 * elements create (once defined, they have them) and what is added to them.
 */
function discover(root: ParentNode): void {
  const elements = elementsIn(root);
  for (const tag of new Set(elements.map((element) => element.localName))) {
    if (loads.has(tag) || customElements.get(tag)) continue;
    load(tag).then(
      () => followShadowRoots(document),
      () => undefined,
    );
  }
  followShadowRoots(root, elements);
}

/** Observes the shadow roots of our elements in `root` that hold others, and looks for ours inside them. */
function followShadowRoots(root: ParentNode, elements = elementsIn(root)): void {
  for (const element of elements) {
    const shadow = element.shadowRoot;
    if (!shadow || !HOLDERS.has(element.localName)) continue;
    if (!observed.has(shadow)) {
      observed.add(shadow);
      observer.observe(shadow, OBSERVING);
    }
    discover(shadow);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});

/**
 * Defines our elements found in `root` now and those added to it later. The document and our elements'
 * shadow roots are observed by themselves; call this for a shadow root of the page's own that holds them.
 */
export function observe(root: Document | ShadowRoot): void {
  observed.add(root);
  observer.observe(root, OBSERVING);
  discover(root);
}

/**
 * Checks a feed (an object, or JSON already parsed) as the elements do: resolves to the feed, or rejects with
 * a `FeedError` listing every problem with its JSON path. Loads the checking code on first use.
 */
export async function validateFeed(input: unknown): Promise<Feed> {
  const { validateFeed: validate } = await import('./feed/check.js');
  return validate(input);
}

/** Marks the page as observed by a copy of this loader. */
const OBSERVED_BY_A_LOADER = Symbol.for('inclusion-widgets.autoload');
/** The page's one warning about a second copy, shared with the element definitions (elements/shared/define.ts). */
const WARNED = Symbol.for('inclusion-widgets.duplicate-definition-warned');
const page = globalThis as { [OBSERVED_BY_A_LOADER]?: true; [WARNED]?: true };
// The first copy of the loader on a page does the observing; a second copy (another version) adds nothing.
if (!page[OBSERVED_BY_A_LOADER]) {
  page[OBSERVED_BY_A_LOADER] = true;
  observe(document);
} else if (!page[WARNED]) {
  page[WARNED] = true;
  console.warn('inclusion-widgets: loaded twice; keeping the first copy.');
}
