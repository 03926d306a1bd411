/**
 * Two copies of `import 'inclusion-widgets'` (dist/all.js) on one page, as when two parts of a site each bundle
 * the library: the second must not throw, must warn once and must leave the first definitions in place. Its own
 * page, since a copy loaded earlier by another test would already have defined everything.
 */
import { expect } from '@esm-bundle/chai';
import { loadBuilt, recordPageNoise } from './support/page-noise.js';

describe('dist/all.js loaded twice', () => {
  it('keeps the first definitions, warns once and throws nothing', async () => {
    let second: unknown;
    const { warnings, errors } = await recordPageNoise(async () => {
      await loadBuilt('/dist/all.js');
      const first = customElements.get('inclusion-chart');
      second = await loadBuilt('/__copy__/dist/all.js').then(
        () => 'loaded',
        (error: unknown) => String(error),
      );
      expect(customElements.get('inclusion-chart')).to.equal(first);
    });
    expect(second).to.equal('loaded');
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
  });
});
