/** The built bundle as an embedder uses it: dist/inclusion-widgets.js, loaded once, then a second copy. */
import { expect } from '@esm-bundle/chai';
import { settled, textOf } from './support/dom.js';
import { loadBuilt, recordPageNoise } from './support/page-noise.js';

describe('dist/inclusion-widgets.js', () => {
  it('defines an element once it appears, and a second copy warns once and changes nothing', async () => {
    const element = document.createElement('inclusion-kpi');
    element.setAttribute('locale', 'en');
    element.setAttribute('src', '/__test__/feed/bundle-test');
    const { warnings, errors } = await recordPageNoise(async () => {
      await loadBuilt('/dist/inclusion-widgets.js');
      document.body.append(element);
      const first = await customElements.whenDefined('inclusion-kpi');
      expect(first).to.be.a('function');
      await loadBuilt('/__copy__/dist/inclusion-widgets.js');
      await loadBuilt('/__copy__/dist/kpi.js');
      expect(customElements.get('inclusion-kpi')).to.equal(first);
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    // No server-rendered markup here (the tile's shadow root is its own): neither copy fetched the hydration.
    const hydration = performance.getEntriesByType('resource').filter((entry) => /hydrate/.test(entry.name));
    expect(hydration.map((entry) => entry.name)).to.deep.equal([]);

    await settled(element);
    expect(textOf(element.shadowRoot!.querySelector('[part="value"]')).replace(/\u00a0/g, ' ')).to.equal(
      'more than 1,120',
    );
  });
});
