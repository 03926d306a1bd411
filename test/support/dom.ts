/** Small waits and queries shared by the element tests. */
import type { FeedState } from '../../src/feed/feed-controller.js';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the element's reflected `state` is one of `states` and its render has settled. The bound is
 * generous: the first chart of a run loads Plot's hundreds of modules from the dev server, which takes Firefox
 * and WebKit several seconds on a busy two-core machine.
 */
export async function settled(
  element: HTMLElement & { updateComplete?: Promise<unknown> },
  states: FeedState[] = ['ready', 'error'],
  ms = 15_000,
): Promise<void> {
  const started = performance.now();
  while (!states.includes(element.getAttribute('state') as FeedState)) {
    if (performance.now() - started > ms) throw new Error(`state stayed "${element.getAttribute('state')}"`);
    await sleep(10);
  }
  await element.updateComplete;
}

export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Text as a reader gets it: whitespace collapsed, no-break spaces kept. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

export function cleanup(selector: string): void {
  document.querySelectorAll(selector).forEach((node) => node.remove());
}

/** A `tag` element with `attributes` and, when given, `feed`, appended to the page and settled. */
export async function mountElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  feed?: unknown,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (feed !== undefined) (element as HTMLElement & { feed?: unknown }).feed = feed;
  document.body.append(element);
  await settled(element);
  return element;
}
