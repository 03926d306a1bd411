/**
 * Every CSS declaration the elements ship is one the running engine understands. An engine drops a
 * declaration it cannot parse without a word (WebKit once dropped the table's dotted underline this way), so
 * the shipped style sheets are read as written and each declaration is put to `CSS.supports`.
 */
import { expect } from '@esm-bundle/chai';
import type { LitElement } from 'lit';
import '../src/index.js';
import { ELEMENT_TAGS } from './fixtures/elements.mjs';

/** `property: value` pairs of a style sheet's text: its innermost blocks, where this engine may apply them. */
export function declarations(cssText: string): [string, string][] {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: [string, string][] = [];
  for (const match of text.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    const before = text.slice(0, match.index);
    // A block under `@supports` is for engines that pass that test, and one for forced colours never applies in
    // an engine without a forced colours mode (WebKit: no `forced-color-adjust`); the rest must hold everywhere.
    if (/@supports[^{]*\{[^}]*$/.test(before)) continue;
    const media = before.match(/@media([^{]*)\{[^}]*$/)?.[1] ?? '';
    if (media.includes('forced-colors: active') && !CSS.supports('forced-color-adjust', 'auto')) continue;
    for (const declaration of match[2]!.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim();
      const value = declaration
        .slice(colon + 1)
        .replace(/!important\s*$/, '')
        .trim();
      if (property && value && !property.startsWith('--')) found.push([property, value]);
    }
  }
  return found;
}

describe('CSS support', () => {
  it('reads declarations from style sheet text (and finds an unsupported one)', () => {
    const pairs = declarations('.a { color: red; } @media (x) { .b { text-decoration: underline wavy-ish; --c: 1 } }');
    expect(pairs).to.deep.equal([
      ['color', 'red'],
      ['text-decoration', 'underline wavy-ish'],
    ]);
    expect(pairs.filter(([property, value]) => !CSS.supports(property, value))).to.deep.equal([
      ['text-decoration', 'underline wavy-ish'],
    ]);
  });

  for (const tag of ELEMENT_TAGS) {
    it(`${tag}: every declaration of its adopted style sheets is supported by this engine`, () => {
      const element = customElements.get(tag) as typeof LitElement | undefined;
      expect(element, tag).to.not.equal(undefined);
      const sheets = element!.elementStyles.map((style) =>
        'cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'),
      );
      const pairs = sheets.flatMap(declarations);
      expect(pairs.length, 'declarations found').to.be.greaterThan(20);
      const unsupported = pairs
        .filter(([property, value]) => !CSS.supports(property, value))
        .map(([property, value]) => `${property}: ${value}`);
      expect([...new Set(unsupported)]).to.deep.equal([]);
    });
  }
});
