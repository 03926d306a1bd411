/**
 * Two copies of `import 'inclusion-widgets'` (dist/all.js) on one page, as when two parts of a site each bundle
 * the library: the second must not throw, must warn once and must leave the first definitions in place. Its own
 * page, since a copy loaded earlier by another test would already have defined everything.
 */
import { expect } from '@esm-bundle/chai';

const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

describe('dist/all.js loaded twice', () => {
  it('keeps the first definitions, warns once and throws nothing', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    window.addEventListener('error', onError);
    let second: unknown;
    try {
      await load('/dist/all.js');
      const first = customElements.get('inclusion-chart');
      second = await load('/__copy__/dist/all.js').then(
        () => 'loaded',
        (error: unknown) => String(error),
      );
      expect(customElements.get('inclusion-chart')).to.equal(first);
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
    }
    expect(second).to.equal('loaded');
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('inclusion-widgets'))).to.have.length(1);
  });
});
