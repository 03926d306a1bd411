/**
 * The few DOM helpers the demo pages share. Text is only ever set with textContent: the demo follows the same
 * rules as the library.
 */

/** The page's element with this id, which the page's HTML is known to have. */
export const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** A new element with its text and class, each when given. */
export function newElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** An option of a select, offered unless `disabled`. */
export function newOption(value: string, text: string, disabled = false): HTMLOptionElement {
  const option = newElement('option', text);
  option.value = value;
  option.disabled = disabled;
  return option;
}
