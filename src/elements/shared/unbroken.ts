/**
 * A phrase whose hyphenated words stay whole on a line. Browsers may break a line after a hyphen, which
 * splits a unit ("6 онлайн-" / "семинаров") or a Kazakh number from its case ending ("800-" / "ден").
 * Spaces between number and unit are already no-break (the i18n layer joins them); each hyphenated word
 * is wrapped in a `.nobr` span, which the element's styles keep on one line.
 */
import { html, type TemplateResult } from 'lit';

const HYPHENATED = /[^\s-]+(?:-[^\s-]+)+/g;

export function renderUnbroken(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(HYPHENATED)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(html`<span class="nobr">${match[0]}</span>`);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
