/** The three languages every widget speaks. Kazakh comes first: it is the state language. */
export type Locale = 'kk' | 'ru' | 'en';

export const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];

/**
 * Maps any BCP 47 tag to one of our locales: `kk-KZ` → `kk`, `ru-RU` → `ru`,
 * anything else that is not empty → `en` (a reader of another language more likely reads English).
 * Returns undefined for an empty or missing tag so the caller can keep looking up the tree.
 */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (primary === 'kk' || primary === 'ru') return primary;
  return 'en';
}

/**
 * The language an element speaks: its `locale` attribute, else the nearest `lang` (or an enclosing widget's
 * `locale`) up the tree (crossing shadow roots, so widgets inside other components follow their host page),
 * else the document's, else Kazakh.
 */
export function resolveElementLocale(element: Element, explicit?: string | null): Locale {
  const fromAttribute = toLocale(explicit);
  if (fromAttribute) return fromAttribute;
  let node: Element | null = element;
  while (node) {
    // An enclosing widget's `locale` (a dashboard's) counts like a `lang` for what is placed inside it.
    const found: Element | null = node.closest('[lang], [locale]');
    if (found) {
      const fromFound = toLocale(found.getAttribute('locale') ?? found.getAttribute('lang'));
      if (fromFound) return fromFound;
      node = found.parentElement; // lang="" says nothing: keep looking further up
      if (node) continue;
    }
    const root = (found ?? node ?? element).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLocale(element.ownerDocument.documentElement.lang) ?? 'kk';
}
