import { expect } from '@esm-bundle/chai';
import { extremes, total, trend } from '../../src/a11y/summary.js';

describe('a11y/summary: figures for text alternatives', () => {
  it('finds extremes among known values only (missing is not 0)', () => {
    const items = [{ value: 5 }, { value: null }, { value: -2 }, { value: 9 }];
    const found = extremes(items)!;
    expect(found.highest.value).to.equal(9);
    expect(found.lowest.value).to.equal(-2);
    expect(extremes([{ value: null }])).to.equal(undefined);
  });

  it('measures a trend from the first to the last known value', () => {
    expect(trend([{ value: null }, { value: 3 }, { value: 1 }, { value: 8 }, { value: null }])).to.deep.include({
      direction: 'up',
    });
    expect(trend([{ value: 3 }, { value: 1 }])!.direction).to.equal('down');
    expect(trend([{ value: 3 }, { value: 3 }])!.direction).to.equal('same');
    expect(trend([{ value: 3 }, { value: null }])).to.equal(undefined);
  });

  it('sums known values and keeps an honest qualifier', () => {
    expect(total([{ value: 1 }, { value: 2 }])).to.deep.equal({ value: 3, qualifier: 'exact', missing: 0 });
    expect(
      total([{ value: 358 }, { value: 290, qualifier: 'more-than' }, { value: null }, { value: 120 }]),
    ).to.deep.equal({ value: 768, qualifier: 'more-than', missing: 1 });
    expect(total([{ value: 1, qualifier: 'at-least' }, { value: 2 }])!.qualifier).to.equal('at-least');
    expect(total([{ value: 1, qualifier: 'about' }, { value: 2 }])!.qualifier).to.equal('about');
    expect(total([{ value: 1, qualifier: 'almost' }, { value: 2 }])!.qualifier).to.equal('almost');
    expect(
      total([
        { value: 1, qualifier: 'less-than' },
        { value: 2, qualifier: 'almost' },
      ])!.qualifier,
    ).to.equal('less-than');
    // A lower bound plus an upper bound has no honest total.
    expect(
      total([
        { value: 1, qualifier: 'more-than' },
        { value: 2, qualifier: 'less-than' },
      ]),
    ).to.equal(undefined);
    expect(total([{ value: 0.1 }, { value: 0.2 }])!.value).to.equal(0.3);
    expect(total([{ value: null }])).to.equal(undefined);
  });
});
