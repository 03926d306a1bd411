import * as Plot from '@observablehq/plot';
import { axeFindings } from '../support/axe.js';

describe('spike', () => {
  it('plot output', async () => {
    const data = [{ i: 0, v: 358, k: 'A' }, { i: 1, v: null, k: 'B' }, { i: 2, v: 120, k: 'C' }];
    const svg = Plot.plot({
      width: 500, height: 300, marginLeft: 80,
      x: { type: 'linear', domain: [0, 400] },
      y: { type: 'linear', domain: [0, 3], reverse: true },
      marks: [
        Plot.gridX({ ariaHidden: 'true' }),
        Plot.rectX(data, { x1: 0, x2: 'v', y1: (d: any) => d.i + 0.1, y2: (d: any) => d.i + 0.9, className: 'mark s0',
          render(index, scales, values, dims, ctx, next) { const g = next!(index, scales, values, dims, ctx)!; [...g.children].forEach((c, k) => c.setAttribute('data-i', String(index[k]))); return g; } }),
        Plot.axisY({ ticks: [0.5, 1.5, 2.5], tickFormat: (t: number) => data[Math.floor(t)]!.k }),
        Plot.axisX({}),
      ],
    }) as SVGSVGElement;
    console.log(svg.outerHTML.slice(0, 4000));
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    svg.querySelectorAll('style').forEach((s) => s.remove());
    svg.querySelectorAll('[aria-label]').forEach((g) => { g.removeAttribute('aria-label'); g.setAttribute('aria-hidden', 'true'); });
    const bg = document.createElementNS('http://www.w3.org/2000/svg','rect');
    bg.setAttribute('width','500'); bg.setAttribute('height','300'); bg.setAttribute('fill','#ffffff'); bg.setAttribute('class','bg');
    svg.prepend(bg);
    const sheet = new CSSStyleSheet(); sheet.replaceSync('.bg{background-color:#fff} svg{color:#1b2230;font-size:12px} .mark rect{fill:#0072b2;background-color:#0072b2}');
    root.adoptedStyleSheets=[sheet];
    root.append(svg);
    document.body.append(host);
    const f = await axeFindings(host);
    console.log(JSON.stringify(f, null, 1));
  });
});
