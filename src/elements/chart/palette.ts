/**
 * How series and slices are told apart without relying on colour alone: the eight palette tokens
 * (`--_color-1..8`, colour-vision-safe and >= 3:1 on the surface) combined with four fills — solid,
 * diagonal hatching, dots, cross-hatching. Neighbours always differ in both hue and texture, and in
 * forced-colours mode, where hues collapse to system colours, the texture still tells them apart.
 * The patterns live once in the element's shadow root, shared by the drawing and the legend swatches.
 */
import { svg, type SVGTemplateResult } from 'lit';

export const PALETTE_SIZE = 8;
const VARIANTS = 4;

export interface Paint {
  /** Palette slot 0..7 (`--_color-{slot + 1}`). */
  readonly color: number;
  /** 0 solid, 1 diagonal, 2 dots, 3 cross-hatch. */
  readonly variant: number;
}

/** The paint of the i-th series or slice: hue and texture both change from one neighbour to the next. */
export function paintOf(index: number, textured = true): Paint {
  const color = index % PALETTE_SIZE;
  if (!textured) return { color, variant: 0 };
  return { color, variant: (index + Math.floor(index / PALETTE_SIZE)) % VARIANTS };
}

/** The CSS class giving a solid fill in palette slot `index`. */
export function fillClass(index: number): string {
  return `fill-s${index % PALETTE_SIZE}`;
}

/** A `url(#…)` fill for the i-th textured series or slice, or undefined when its fill is solid. */
export function patternFill(index: number): string | undefined {
  const paint = paintOf(index);
  return paint.variant === 0 ? undefined : `url(#${patternId(paint)})`;
}

export function patternId(paint: Paint): string {
  return `pattern-${paint.color}-${paint.variant}`;
}

const TEXTURE: Record<number, string> = {
  1: 'M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2',
  2: 'M2,2 h0.01 M6,6 h0.01',
  3: 'M0,0 L8,8 M8,0 L0,8',
};

/** Every textured fill, as SVG `<pattern>`s: rendered once, hidden, in the element's shadow root. */
export function patternDefs(): SVGTemplateResult {
  const patterns = [];
  for (let color = 0; color < PALETTE_SIZE; color += 1) {
    for (let variant = 1; variant < VARIANTS; variant += 1) {
      patterns.push(svg`<pattern id=${patternId({ color, variant })} patternUnits="userSpaceOnUse" width="8" height="8">
        <rect class=${`pattern-ground fill-s${color}`} width="8" height="8"></rect>
        <path class=${`pattern-texture texture-${variant}`} d=${TEXTURE[variant]!}></path>
      </pattern>`);
    }
  }
  return svg`<defs>${patterns}</defs>`;
}
