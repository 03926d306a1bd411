/**
 * JSON to put inside a `<script>` element of an HTML page. The HTML parser ends a script at `</script`
 * and treats `<!--` specially inside it, whatever JSON says, so every `<`, `>` and `&` is written as a
 * JSON escape (`\u003c`...): the text parses to the same value and holds no markup at all. U+2028 and
 * U+2029 are escaped too, so the text is also safe to paste into a JavaScript string.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
