/**
 * Places a floating element (the tooltip) without a `style` attribute, which a strict CSP
 * (`style-src 'self'`) would block: one constructed stylesheet per element, adopted by its shadow root,
 * whose single rule is updated through the CSSOM.
 */
export class PositionSheet {
  private sheet?: CSSStyleSheet;
  private rule?: CSSStyleRule;

  constructor(private readonly selector: string) {}

  /** Sets `left`/`top` (px) of the selector inside `root`. */
  place(root: ShadowRoot, left: number, top: number): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(`${this.selector} {}`);
      this.rule = this.sheet.cssRules[0] as CSSStyleRule;
    }
    if (!root.adoptedStyleSheets.includes(this.sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    this.rule!.style.setProperty('left', `${Math.round(left)}px`);
    this.rule!.style.setProperty('top', `${Math.round(top)}px`);
  }
}
