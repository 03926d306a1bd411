import { expect } from '@esm-bundle/chai';
import type { Qualifier } from '../../src/feed/schema.js';
import { extremes, lastDigitPlace, total, trend } from '../../src/a11y/summary.js';

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
    ).to.deep.equal({ value: 760, qualifier: 'more-than', missing: 1 });
    expect(total([{ value: 1, qualifier: 'at-least' }, { value: 2 }])!.qualifier).to.equal('at-least');
    expect(total([{ value: 1, qualifier: 'about' }, { value: 2 }])!.qualifier).to.equal('about');
    expect(total([{ value: 1, qualifier: 'almost' }, { value: 2 }])!.qualifier).to.equal('almost');
    expect(
      total([
        { value: 1, qualifier: 'less-than' },
        { value: 2, qualifier: 'almost' },
      ])!.qualifier,
    ).to.equal('less-than');
    // A lower bound plus an upper bound: only "about" is true of their sum.
    expect(
      total([
        { value: 1, qualifier: 'more-than' },
        { value: 2, qualifier: 'less-than' },
      ]),
    ).to.deep.equal({ value: 3, qualifier: 'about', missing: 0 });
    expect(total([{ value: 0.1 }, { value: 0.2 }])!.value).to.equal(0.3);
    expect(total([{ value: null }])).to.equal(undefined);
  });

  it('finds the place of the last digit a figure was given to', () => {
    expect([55_000, 800, 1120, 358, 1.5, 0.25, 0, -4000, 1_500_000].map(lastDigitPlace)).to.deep.equal([
      3, 2, 1, 0, -1, -2, 0, 3, 5,
    ]);
  });

  it('rounds a qualified total no finer than its least precise part, keeping it true', () => {
    const sum = (...items: { value: number; qualifier?: Qualifier }[]) => {
      const { value, qualifier } = total(items)!;
      return [qualifier, value];
    };
    // Exact parts add up exactly, whatever their zeros.
    expect(sum({ value: 55_000 }, { value: 812 })).to.deep.equal(['exact', 55_812]);
    // "около 55 000" is precise to the thousand: so is the total, rounded to the nearest.
    expect(sum({ value: 55_000, qualifier: 'about' }, { value: 812 })).to.deep.equal(['about', 56_000]);
    expect(sum({ value: 55_000, qualifier: 'about' }, { value: 412 })).to.deep.equal(['about', 55_000]);
    // Lower bounds round down and upper bounds up, so "more than" and "less than" stay true.
    expect(sum({ value: 800, qualifier: 'more-than' }, { value: 290, qualifier: 'more-than' })).to.deep.equal([
      'more-than',
      1000,
    ]);
    expect(sum({ value: 800, qualifier: 'at-least' }, { value: 299 })).to.deep.equal(['at-least', 1000]);
    expect(sum({ value: 120, qualifier: 'less-than' }, { value: 35, qualifier: 'less-than' })).to.deep.equal([
      'less-than',
      160,
    ]);
    expect(sum({ value: 100, qualifier: 'less-than' }, { value: 12 })).to.deep.equal(['less-than', 200]);
    // "Almost" rounded up past the sum is only "less than"; not rounded, it stays "almost".
    expect(sum({ value: 200, qualifier: 'almost' }, { value: 50, qualifier: 'almost' })).to.deep.equal([
      'less-than',
      300,
    ]);
    expect(sum({ value: 200, qualifier: 'almost' }, { value: 100 })).to.deep.equal(['almost', 300]);
    // A mix of bounds is "about", to the least precise part.
    expect(sum({ value: 800, qualifier: 'more-than' }, { value: 40, qualifier: 'less-than' })).to.deep.equal([
      'about',
      800,
    ]);
    // Decimals: to the tenth, without floating-point noise (0,7 is not 0,70000000001).
    expect(sum({ value: 1.5, qualifier: 'about' }, { value: 2.25 })).to.deep.equal(['about', 3.8]);
    expect(sum({ value: 0.5, qualifier: 'less-than' }, { value: 0.2 })).to.deep.equal(['less-than', 0.7]);
  });
});
