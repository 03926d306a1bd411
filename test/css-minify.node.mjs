// The build's minifier for Lit css`…` templates (scripts/minify-css-templates.mjs): text minified,
// interpolations and everything outside the templates copied unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCssTemplates, minifyCssText } from '../scripts/minify-css-templates.mjs';

test('removes comments and the whitespace CSS does not need, keeps what it does', () => {
  assert.equal(
    minifyCssText(`
      /* a comment */
      :host([theme='dark']) .a > .b,
      .c :is(.d) {
        margin: 0 calc(var(--x) - 2px);
        font-family: 'Segoe UI', sans-serif;
      }
      @media (prefers-color-scheme: dark) { .e { color: red; } }`),
    ` :host([theme='dark']) .a>.b,.c :is(.d){margin:0 calc(var(--x) - 2px);font-family:'Segoe UI',sans-serif}` +
      '@media (prefers-color-scheme:dark){.e{color:red}}',
  );
});

test('minifies only the text of css templates, copying interpolations and other templates as they are', () => {
  const source = [
    'const rules = `.x { fill: ${colour}; }`;',
    'const styles = css`',
    '  .a { color: red; }',
    "  ${unsafeCSS([1, 2].map((i) => `.s${i} > *`).join(', '))} { fill: ${'blue'}; }",
    '`;',
    'const notCss = html`<p>  two  spaces  </p>`;',
  ].join('\n');
  assert.equal(
    minifyCssTemplates(source),
    [
      'const rules = `.x { fill: ${colour}; }`;',
      "const styles = css` .a{color:red}${unsafeCSS([1, 2].map((i) => `.s${i} > *`).join(', '))}{fill:${'blue'}}`;",
      'const notCss = html`<p>  two  spaces  </p>`;',
    ].join('\n'),
  );
});
