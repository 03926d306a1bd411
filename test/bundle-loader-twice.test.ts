/**
 * The script tag twice (two copies or versions of dist/inclusion-widgets.js, as when a theme and a plugin each
 * add it): the second copy loads no element code, keeps the first copy's definitions and says so, once.
 */
import { expect } from '@esm-bundle/chai';
import { loadBuilt, recordPageNoise } from './support/page-noise.js';

describe('dist/inclusion-widgets.js loaded twice', () => {
  it('warns once that the second copy adds nothing', async () => {
    const { warnings, errors } = await recordPageNoise(async () => {
      await loadBuilt('/dist/inclusion-widgets.js');
      await loadBuilt('/__copy__/dist/inclusion-widgets.js');
      await loadBuilt('/__copy__/dist/kpi.js');
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/twice/);
  });
});
