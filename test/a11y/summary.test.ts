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
    const part = (value: number, qualifier?: Qualifier) => ({ value, qualifier });
    const cases: [ReturnType<typeof part>[], Qualifier, number][] = [
      // Exact parts add up exactly, whatever their zeros.
      [[part(55_000), part(812)], 'exact', 55_812],
      // "около 55 000" is precise to the thousand: so is the total, rounded to the nearest.
      [[part(55_000, 'about'), part(812)], 'about', 56_000],
      [[part(55_000, 'about'), part(412)], 'about', 55_000],
      // Lower bounds round down and upper bounds up, so "more than" and "less than" stay true.
      [[part(800, 'more-than'), part(290, 'more-than')], 'more-than', 1000],
      [[part(800, 'at-least'), part(299)], 'at-least', 1000],
      [[part(120, 'less-than'), part(35, 'less-than')], 'less-than', 160],
      [[part(100, 'less-than'), part(12)], 'less-than', 200],
      // "Almost" rounded up past the sum is only "less than"; not rounded, it stays "almost".
      [[part(200, 'almost'), part(50, 'almost')], 'less-than', 300],
      [[part(200, 'almost'), part(100)], 'almost', 300],
      // A mix of bounds is "about", to the least precise part.
      [[part(800, 'more-than'), part(40, 'less-than')], 'about', 800],
      // Decimals: to the tenth, without floating-point noise (0,7 is not 0,70000000001).
      [[part(1.5, 'about'), part(2.25)], 'about', 3.8],
      // An exact part is exact to any place: it never makes the total coarser.
      [[part(1.5, 'about'), part(3)], 'about', 4.5],
      [[part(0.5, 'less-than'), part(0.2)], 'less-than', 0.7],
    ];
    for (const [parts, qualifier, value] of cases)
      expect(total(parts), JSON.stringify(parts)).to.deep.equal({ value, qualifier, missing: 0 });
  });
});
