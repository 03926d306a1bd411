/**
 * Observable Plot and d3 as the chart bundle holds them (src/elements/chart/plot-trim/): the tests run through
 * the same replacements as the build. What our forms use behaves as in Plot (every form's recorded SVG, in
 * forms.test.ts); what they never use is left out, and reaching it fails with an error that says so, never
 * with a wrong drawing.
 */
import { expect } from '@esm-bundle/chai';
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
// @ts-expect-error: d3-selection, which Plot draws with, comes without types here; the test reads two methods.
import { select } from 'd3-selection';

const LEFT_OUT = /is left out of the inclusion-widgets chart bundle/;
const data = [
  { i: 0, name: 'a', value: 1 },
  { i: 1, name: 'b', value: 3 },
];
/** Linear position scales without Plot's axes, as every form's plot has (forms/plot-parts.ts). */
const ours = { x: { type: 'linear', axis: null }, y: { type: 'linear', axis: null } } as const;

describe('Plot as the chart bundle holds it', () => {
  it('draws an area between two given ends, and fails loudly where Plot would stack', () => {
    const svg = Plot.plot({ ...ours, marks: [Plot.areaY(data, { x: 'i', y1: 0, y2: 'value' })] });
    expect(svg.querySelector('path')?.getAttribute('d')).to.match(/^M/);
    expect(() => Plot.areaY(data, { x: 'i', y: 'value' })).to.throw(LEFT_OUT);
    expect(() => Plot.stackY({ x: 'i', y: 'value' })).to.throw(LEFT_OUT);
  });

  it("fails loudly for a mark's interval option and a rect given a single x", () => {
    expect(() => Plot.ruleX(data, { x: 'i', y: 'value', interval: 1 })).to.throw(LEFT_OUT);
    expect(() => Plot.textY(data, { x: 'i', y: 'value', interval: 1 })).to.throw(LEFT_OUT);
    expect(() => Plot.rect(data, { x: 'i', y1: 0, y2: 'value' })).to.throw(LEFT_OUT);
  });

  it('fails loudly for scales other than linear, grid marks and an axis without a tick format', () => {
    const dots = [Plot.dot(data, { x: 'i', y: 'value' })];
    expect(() => Plot.plot({ ...ours, x: { type: 'band', axis: null }, marks: dots })).to.throw(LEFT_OUT);
    const names = [Plot.dot(data, { x: 'name', y: 'value' })];
    expect(() => Plot.plot({ ...ours, x: { axis: null }, marks: names })).to.throw(LEFT_OUT);
    for (const type of ['log', 'sqrt', 'quantize', 'threshold'] as const)
      expect(() => Plot.plot({ ...ours, y: { type, axis: null }, marks: dots })).to.throw(LEFT_OUT);
    expect(() => Plot.plot({ ...ours, marks: [...dots, Plot.axisY({ ticks: 3 })] })).to.throw(LEFT_OUT);
    expect(() => Plot.gridY()).to.throw(LEFT_OUT);
    expect(() => Plot.plot({ ...ours, marks: [...dots, Plot.axisY({ ticks: 3, tickFormat: String })] })).not.to.throw();
  });

  it("keeps d3's linear scale for numbers, and fails loudly for colours and number formats", () => {
    expect(scaleLinear().domain([0, 10]).range([0, 100])(2.5)).to.equal(25);
    expect(scaleLinear().domain([0, 9.5]).nice(5).domain()).to.deep.equal([0, 10]);
    const colours = scaleLinear<string>().domain([0, 1]).range(['white', 'black']);
    expect(() => colours(0.5)).to.throw(LEFT_OUT);
    expect(() => scaleLinear().tickFormat(5)).to.throw(LEFT_OUT);
  });

  it('keeps the selection methods Plot draws with, and fails loudly for the others', () => {
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    select(group)
      .selectAll()
      .data([1, 2])
      .enter()
      .append('circle')
      .attr('r', (d: number) => d);
    expect([...group.children].map((c) => c.getAttribute('r'))).to.deep.equal(['1', '2']);
    expect(() => select(group).on('click', () => {})).to.throw(LEFT_OUT);
    expect(() => select(group).classed('a', true)).to.throw(LEFT_OUT);
  });
});
