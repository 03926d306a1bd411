/**
 * What a left-out part of Plot or d3 is replaced with (see ./plugin.mjs): something that fails loudly when
 * reached, never silently. A chart that one day needs it fails its tests, which run through the same
 * replacement, instead of drawing wrongly; the fix is then to stop leaving that part out in ./plugin.mjs.
 */
const WHY = 'is left out of the inclusion-widgets chart bundle (src/elements/chart/plot-trim/plugin.mjs)';

/** A function (or class) that throws when called. */
export function leftOutFunction(name) {
  return () => {
    throw new Error(`${name} ${WHY}`);
  };
}

/**
 * Stand-ins that throw, named as they are read: `export const { scaleLog, scalePow } = leftOutFunctions((name) =>
 * `d3.${name}`)` lists each name once. `describe` turns a name into what the error calls it.
 */
export function leftOutFunctions(describe) {
  return new Proxy({}, { get: (_, name) => leftOutFunction(describe(String(name))) });
}

/** A list (a colour scheme) that throws when read; Plot only files these away in a table as it loads. */
export function leftOutList(name) {
  return new Proxy([], {
    get() {
      throw new Error(`${name} ${WHY}`);
    },
  });
}
