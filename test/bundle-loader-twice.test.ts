/**
 * The script tag twice (two copies or versions of dist/inclusion-widgets.js, as when a theme and a plugin each
 * add it): the second copy loads no element code, keeps the first copy's definitions and says so, once.
 */
import { expect } from '@esm-bundle/chai';

const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

describe('dist/inclusion-widgets.js loaded twice', () => {
  it('warns once that the second copy adds nothing', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await load('/dist/inclusion-widgets.js');
      await load('/__copy__/dist/inclusion-widgets.js');
      await load('/__copy__/dist/kpi.js');
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings.filter((w) => w.includes('inclusion-widgets'))).to.have.length(1);
    expect(warnings[0]).to.match(/twice/);
  });
});
