import * as echarts from 'echarts';
import { BAR_6, container, line10k, painted, type Scenario } from './data.js';

function draw(scenario: Scenario, target: HTMLElement): void {
  const chart = echarts.init(target, undefined, { renderer: 'svg', width: 640, height: 360 });
  const line = scenario === 'line-10k' ? line10k() : [];
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: scenario === 'line-10k' ? line.map((p) => p.period) : BAR_6.map((d) => d.label) },
    yAxis: { type: 'value' },
    series: [
      scenario === 'line-10k'
        ? { type: 'line', data: line.map((p) => p.value), showSymbol: false }
        : { type: 'bar', data: BAR_6.map((d) => d.value) },
    ],
  });
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
