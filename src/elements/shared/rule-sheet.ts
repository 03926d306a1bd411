/**
 * Style an element works out at run time (a tooltip's place, the length of a tile's value) without a
 * `style` attribute, which a strict CSP (`style-src 'self'`) would block: one constructed stylesheet per
 * element, adopted by its shadow root, whose single rule is updated through the CSSOM.
 */
export class RuleSheet {
  private sheet?: CSSStyleSheet;
  private rule?: CSSStyleRule;

  constructor(private readonly selector: string) {}

  /** Sets `properties` (CSS property or custom property name to value) on the selector inside `root`. */
  set(root: ShadowRoot, properties: Record<string, string>): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(`${this.selector} {}`);
      this.rule = this.sheet.cssRules[0] as CSSStyleRule;
    }
    if (!root.adoptedStyleSheets.includes(this.sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    for (const [name, value] of Object.entries(properties)) this.rule!.style.setProperty(name, value);
  }
}
