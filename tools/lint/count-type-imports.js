/**
 * The TypeScript parser, with every import read as a value import. import-x/no-cycle skips type-only
 * imports, but here a type-only cycle counts too: it means a type lives in a module that does not own it
 * (docs/ARCHITECTURE.md, "Layers"). Only the import kinds change; the code, its scopes and types do not.
 */
import * as typescriptParser from '@typescript-eslint/parser';

const WITH_SOURCE = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration']);

function countAsValue(node) {
  if ('importKind' in node) node.importKind = 'value';
  if ('exportKind' in node && node.source) node.exportKind = 'value';
  for (const specifier of node.specifiers ?? []) {
    if ('importKind' in specifier) specifier.importKind = 'value';
    if ('exportKind' in specifier) specifier.exportKind = 'value';
  }
}

export default {
  meta: { name: 'count-type-imports' },
  parseForESLint(code, options) {
    const result = typescriptParser.parseForESLint(code, options);
    for (const node of result.ast.body) if (WITH_SOURCE.has(node.type) && node.source) countAsValue(node);
    return result;
  },
};
