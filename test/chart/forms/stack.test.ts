/** Stacking is a pure function of the points: what each part covers, where each column ends. */
import { expect } from '@esm-bundle/chai';
import type { ChartPoint } from '../../../src/elements/chart/chart-model.js';
import { stackColumns, stackWhole } from '../../../src/elements/chart/forms/stack.js';

const at = (row: number, col: number, value: number | null): { point: ChartPoint } => ({
  point: { row, col, value } as ChartPoint,
});
const spans = (parts: readonly { lo: number; hi: number; point: ChartPoint }[]): string[] =>
  parts.map((d) => `${d.point.row}:${d.point.col} ${d.lo}..${d.hi}`);

describe('stacking', () => {
  it('stacks each column up from 0 for positive values and down from 0 for negative ones, series in order', () => {
    const { parts, tops, bottoms } = stackColumns(
      [at(0, 0, 3), at(0, 1, -2), at(1, 0, 4), at(1, 1, 5), at(2, 1, -1)],
      2,
    );
    expect(spans(parts)).to.deep.equal(['0:0 0..3', '0:1 -2..0', '1:0 3..7', '1:1 0..5', '2:1 -3..-2']);
    expect(tops).to.deep.equal([7, 5]);
    expect(bottoms).to.deep.equal([0, -3]);
  });

  it('gives a missing value no room, never a 0-high part', () => {
    const { parts, tops } = stackColumns([at(0, 0, null), at(1, 0, 2)], 1);
    expect(spans(parts)).to.deep.equal(['1:0 0..2']);
    expect(tops).to.deep.equal([2]);
  });

  it('lays the positive parts of one whole end to end, leaving out missing, zero and negative values', () => {
    const { parts, sum } = stackWhole([at(0, 0, 5), at(0, 1, null), at(0, 2, 0), at(0, 3, -1), at(0, 4, 3)]);
    expect(spans(parts)).to.deep.equal(['0:0 0..5', '0:4 5..8']);
    expect(sum).to.equal(8);
  });
});
