/**
 * What a page's developer is told when a widget cannot do what its markup asks: which element (by its tag and
 * identifying attributes), what was wrong and what would be valid, in the `inclusion-error` detail and once on
 * the console. The reader meanwhile sees a short message in their own language.
 */

/** Attributes that tell one widget from another in a page's markup. */
const IDENTIFYING = ['id', 'src', 'metric', 'metrics', 'type'] as const;
const MAX_VALUE = 80;

/** `<inclusion-kpi src="/data/feed.json" metric="placed">`: the element as its markup reads. */
export function elementName(element: Element): string {
  const attributes = IDENTIFYING.flatMap((name) => {
    const value = element.getAttribute(name);
    if (value === null) return [];
    const shown = value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
    return [` ${name}="${shown}"`];
  });
  return `<${element.localName}${attributes.join('')}>`;
}

const warned = new WeakMap<Element, Set<string>>();

/** The message about `element`, prefixed with its name; warned on the console once per element and message. */
export function developerMessage(element: Element, message: string): string {
  const named = `${elementName(element)}: ${message}`;
  const seen = warned.get(element) ?? new Set<string>();
  warned.set(element, seen);
  if (!seen.has(message)) {
    seen.add(message);
    console.warn(`inclusion-widgets: ${named}`);
  }
  return named;
}

/** An attribute with a closed set of values, and what the element shows when it holds another. */
export interface AttributeRule {
  readonly name: string;
  readonly allowed: readonly string[];
  readonly fallback: string;
  /** Whether a value is one of `allowed` (default: exactly); e.g. `kk-KZ` is Kazakh. */
  readonly accepts?: (value: string) => boolean;
}

/**
 * Warns once for each attribute that holds a value the element does not know, saying what it shows instead.
 * An absent attribute is never warned about.
 */
export function checkAttributes(element: Element, rules: readonly AttributeRule[]): void {
  for (const { name, allowed, fallback, accepts = (value: string) => allowed.includes(value) } of rules) {
    const value = element.getAttribute(name);
    if (value === null || accepts(value)) continue;
    developerMessage(element, `${name}="${value}" is not one of ${allowed.join(', ')}; showing ${fallback}.`);
  }
}
