/**
 * Style an element works out at run time (a tooltip's place, the length of a tile's value) without a
 * `style` attribute, which a strict CSP (`style-src 'self'`) would block: one constructed stylesheet per
 * element, adopted by its shadow root, holding a single rule.
 */
export class RuleSheet {
  private sheet?: CSSStyleSheet;

  constructor(private readonly selector: string) {}

  /** Sets the selector's rule inside `root` to `declarations` ("left: 4px; top: 8px"). */
  set(root: ShadowRoot, declarations: string): void {
    this.sheet ??= new CSSStyleSheet();
    if (!root.adoptedStyleSheets.includes(this.sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    this.sheet.replaceSync(`${this.selector} { ${declarations} }`);
  }
}
