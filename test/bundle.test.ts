/** The built bundle as an embedder uses it: dist/inclusion-widgets.js, loaded once, then a second copy. */
import { expect } from '@esm-bundle/chai';
import { settled, textOf } from './support/dom.js';

const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

describe('dist/inclusion-widgets.js', () => {
  it('defines an element once it appears, and a second copy warns once and changes nothing', async () => {
    const element = document.createElement('inclusion-kpi');
    element.setAttribute('locale', 'en');
    element.setAttribute('src', '/__test__/feed/bundle-test');
    const warnings: string[] = [];
    const errors: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    window.addEventListener('error', onError);
    try {
      await load('/dist/inclusion-widgets.js');
      document.body.append(element);
      const first = await customElements.whenDefined('inclusion-kpi');
      expect(first).to.be.a('function');
      await load('/__copy__/dist/inclusion-widgets.js');
      await load('/__copy__/dist/kpi.js');
      expect(customElements.get('inclusion-kpi')).to.equal(first);
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('inclusion-widgets'))).to.have.length(1);
    // No server-rendered markup here (the tile's shadow root is its own): neither copy fetched the hydration.
    const hydration = performance.getEntriesByType('resource').filter((entry) => /hydrate/.test(entry.name));
    expect(hydration.map((entry) => entry.name)).to.deep.equal([]);

    await settled(element);
    expect(textOf(element.shadowRoot!.querySelector('[part="value"]')).replace(/\u00a0/g, ' ')).to.equal(
      'more than 1,120',
    );
  });
});
