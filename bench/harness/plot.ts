import * as Plot from '@observablehq/plot';
import { BAR_6, container, line10k, painted, type Scenario } from './data.js';

function draw(scenario: Scenario, target: HTMLElement): void {
  const chart =
    scenario === 'line-10k'
      ? Plot.plot({ width: 640, height: 360, marks: [Plot.lineY(line10k(), { x: 'date', y: 'value' })] })
      : Plot.plot({ width: 640, height: 360, marks: [Plot.barY(BAR_6, { x: 'label', y: 'value' })] });
  target.append(chart);
}

(window as unknown as { bench: unknown }).bench = {
  async run(scenario: Scenario): Promise<void> {
    const count = scenario === 'many-50' || scenario === 'one-by-one-50' ? 50 : 1;
    for (let i = 0; i < count; i += 1) {
      draw(scenario, container());
      // One by one: each chart is drawn when draw() returns; the next comes after (a microtask later).
      if (scenario === 'one-by-one-50') await Promise.resolve();
    }
    await painted();
  },
};
