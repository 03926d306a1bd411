// Plot's symbols (symbol.js) with only the eight our lines mark their series with (`SYMBOLS` in
// forms/lines.ts). Plot's own table reaches every d3 symbol and a hexagon of its own; its other names fail
// loudly here, and a name Plot does not know fails as in Plot. Same exports. See ./plugin.mjs.
import { symbolCircle, symbolCross, symbolDiamond, symbolPlus, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3';
import { leftOutFunction } from './left-out.js';

export const sqrt3 = Math.sqrt(3);
export const sqrt4_3 = 2 / sqrt3;

const symbols = new Map([
  ['circle', symbolCircle],
  ['cross', symbolCross],
  ['diamond', symbolDiamond],
  ['plus', symbolPlus],
  ['square', symbolSquare],
  ['star', symbolStar],
  ['triangle', symbolTriangle],
  ['wye', symbolWye],
]);
const LEFT_OUT = new Set(['asterisk', 'diamond2', 'hexagon', 'square2', 'times', 'triangle2']);

function isSymbolObject(value) {
  return value && typeof value.draw === 'function';
}

/** The symbol named `name`, or undefined for a name Plot does not know. */
function named(name) {
  const key = `${name}`.toLowerCase();
  if (LEFT_OUT.has(key)) return leftOutFunction(`Plot's "${key}" symbol`)();
  return symbols.get(key);
}

export function isSymbol(value) {
  if (isSymbolObject(value)) return true;
  if (typeof value !== 'string') return false;
  const key = value.toLowerCase();
  return symbols.has(key) || LEFT_OUT.has(key);
}

export function maybeSymbol(symbol) {
  if (symbol == null || isSymbolObject(symbol)) return symbol;
  const value = named(symbol);
  if (value) return value;
  throw new Error(`invalid symbol: ${symbol}`);
}

export function maybeSymbolChannel(symbol) {
  if (symbol == null || isSymbolObject(symbol)) return [undefined, symbol];
  if (typeof symbol === 'string') {
    const value = named(symbol);
    if (value) return [undefined, value];
  }
  return [symbol, undefined];
}
