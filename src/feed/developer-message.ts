/**
 * What a page's developer is told when a widget cannot do what its markup asks: which element (by its tag and
 * identifying attributes), what was wrong and what would be valid, in the `inclusion-error` detail and once on
 * the console. The reader meanwhile sees a short message in their own language.
 *
 * A feed's problem is recorded as facts (`FeedError.problem`); the sentence that tells it (developer-words.ts)
 * comes with the error views, which an element with an error loads anyway and whose arrival its events wait for,
 * so a page where nothing is wrong never downloads it. If they cannot be loaded (offline), the facts are told.
 */

/** Attributes that tell one widget from another in a page's markup. */
const IDENTIFYING = ['id', 'src', 'metric', 'metrics', 'type'];

/** `<inclusion-kpi src="/data/feed.json" metric="placed">`: the element as its markup reads. */
export function elementName(element: Element): string {
  let name = `<${element.localName}`;
  for (const attribute of IDENTIFYING) {
    const value = element.getAttribute(attribute);
    if (value !== null) name += ` ${attribute}="${value}"`;
  }
  return `${name}>`;
}

/**
 * Messages already warned, with the element's markup: each problem of each widget once, however often the
 * element renders (identical markup with the same problem is one warning).
 */
const warned = new Set<string>();

/** The message about `element`, prefixed with its name; warned on the console the first time. */
export function developerMessage(element: Element, message: string): string {
  const named = `${elementName(element)}: ${message}`;
  if (!warned.has(named)) console.warn(`inclusion-widgets: ${named}`);
  warned.add(named);
  return named;
}

/** An attribute with a closed set of values (with another, an element shows its default). */
export interface AttributeRule {
  readonly name: string;
  readonly allowed: readonly string[];
  /** Whether a value is one of `allowed` (default: exactly); e.g. `kk-KZ` is Kazakh. */
  readonly accepts?: (value: string) => boolean;
}

/**
 * Warns once for each attribute that holds a value the element does not know, naming the values it knows.
 * An absent attribute is never warned about.
 */
export function checkAttributes(element: Element, rules: readonly AttributeRule[]): void {
  for (const { name, allowed, accepts = (value: string) => allowed.includes(value) } of rules) {
    const value = element.getAttribute(name);
    if (value !== null && !accepts(value))
      developerMessage(element, `${name}="${value}" is not one of ${allowed.join(', ')}.`);
  }
}
