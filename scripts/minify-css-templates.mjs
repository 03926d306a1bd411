/**
 * Minifies the CSS in Lit's css`…` templates of our own modules as the library is built: the JavaScript
 * minifier leaves template text as it is, comments, indentation and all, and every element's styles ship in
 * its chunk. Only the template's own text changes (comments out, whitespace collapsed, no space around
 * `{ } ; , >` or after `:`); what is interpolated with `${…}` is copied unchanged. Conservative on purpose:
 * it never reorders or merges rules, so what the browser parses is the rule set the source says.
 */

/** Minifies one piece of CSS text between interpolations. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** The index just after the string or template literal starting at `start` (its quote character). */
function skipLiteral(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (quote === '`' && c === '$' && code[i + 1] === '{') i = skipExpression(code, i + 2);
    else i += 1;
  }
  throw new Error('unterminated literal');
}

/** The index just after the `}` that closes an interpolation whose expression starts at `start`. */
function skipExpression(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') i = skipLiteral(code, i);
    else {
      if (c === '{') depth += 1;
      else if (c === '}' && --depth === 0) return i + 1;
      i += 1;
    }
  }
  throw new Error('unterminated interpolation');
}

/** `code` with the text of every css`…` template minified. */
export function minifyCssTemplates(code) {
  let out = '';
  let from = 0;
  for (let at = code.indexOf('css`'); at !== -1; at = code.indexOf('css`', from)) {
    if (/[\w$.]/.test(code[at - 1] ?? '')) {
      out += code.slice(from, at + 4);
      from = at + 4;
      continue;
    }
    out += code.slice(from, at + 4);
    let i = at + 4;
    let text = '';
    while (code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        const end = skipExpression(code, i + 2);
        out += minifyCssText(text) + code.slice(i, end);
        text = '';
        i = end;
      } else {
        text += code[i];
        i += 1;
      }
    }
    out += `${minifyCssText(text)}\``;
    from = i + 1;
  }
  return out + code.slice(from);
}

/** The Vite plugin: our TypeScript modules only (libraries ship their CSS already minified, or none). */
export function minifyCss() {
  return {
    name: 'inclusion-minify-css-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
