/**
 * A JSON file read with the position of every value, so a problem can name the line and column where the
 * offending value is written. jsonc-parser does the reading (strict JSON: no comments, no trailing commas);
 * the values themselves come from `JSON.parse`, so they are exactly what a browser would get.
 */
import {
  findNodeAtLocation,
  getLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { formatPath } from '../feed/json-path.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type ReadJson =
  | {
      readonly ok: true;
      readonly value: unknown;
      positionOf(segments: readonly (string | number)[], name?: boolean): Position;
    }
  | {
      readonly ok: false;
      readonly message: string;
      /** Where the text stops being JSON, and the JSON path being written there ("feed" for the whole). */
      readonly position?: Position;
      readonly path?: string;
    };

/** jsonc-parser's error codes in words. */
const SYNTAX_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is written wrongly',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end after the first value',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is not finished',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after \\',
  InvalidCharacter: 'a control character inside a string',
};

export function readJson(source: string): ReadJson {
  const text = source.replace(/^\uFEFF/, '');
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length);
  const at = (offset: number): Position => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line += 1;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    const offset = first?.offset ?? 0;
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    // At a property's name the path ends in that name, not yet written: the object it belongs to is where.
    const location = getLocation(text, offset);
    const segments = location.isAtPropertyKey ? location.path.slice(0, -1) : location.path;
    const message = `not valid JSON: ${SYNTAX_ERRORS[code] ?? code}`;
    return { ok: false, message, position: at(offset), path: formatPath(segments) || 'feed' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  return { ok: true, value, positionOf: (segments, name = false) => at(offsetOf(root, segments, name)) };
}

/**
 * Where the value at `segments` is written, or with `name`, where its field's name is (for a field that
 * should not be there); for a missing value, the object that lacks it.
 */
function offsetOf(root: Node, segments: readonly (string | number)[], name: boolean): number {
  for (let length = segments.length; length >= 0; length -= 1) {
    const node = findNodeAtLocation(root, segments.slice(0, length) as (string | number)[]);
    if (node === undefined) continue;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return name && length === segments.length && key !== undefined ? key.offset : node.offset;
  }
  return root.offset;
}
