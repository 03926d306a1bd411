/**
 * The text a pseudo-element shows. Chromium and WebKit give `content: attr(x)` computed (`"2025"`), Firefox
 * gives it as written (`attr(x)`); both show the same text, so `attr()` is resolved here as the engine draws it.
 */
export function generatedContent(element: Element, pseudo: '::before' | '::after'): string {
  const content = getComputedStyle(element, pseudo).content;
  return content.replace(/attr\(([\w-]+)\)/g, (_, name: string) => JSON.stringify(element.getAttribute(name) ?? ''));
}
