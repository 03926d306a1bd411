import Highcharts from 'highcharts';
import { BAR_6, container, line10k, painted, type Scenario } from './data.js';

function draw(scenario: Scenario, target: HTMLElement): void {
  const line = scenario === 'line-10k' ? line10k() : [];
  Highcharts.chart(target, {
    chart: { animation: false, width: 640, height: 360, type: scenario === 'line-10k' ? 'line' : 'column' },
    title: { text: '' },
    credits: { enabled: false },
    plotOptions: { series: { animation: false, marker: { enabled: false } } },
    xAxis: scenario === 'line-10k' ? { type: 'datetime' } : { categories: BAR_6.map((d) => d.label) },
    series: [
      scenario === 'line-10k'
        ? { type: 'line', data: line.map((p) => [p.date.getTime(), p.value]) }
        : { type: 'column', data: BAR_6.map((d) => d.value) },
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
