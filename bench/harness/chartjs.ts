import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { BAR_6, container, line10k, painted, type Scenario } from './data.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

function draw(scenario: Scenario, target: HTMLElement): void {
  const canvas = document.createElement('canvas');
  target.append(canvas);
  const line = scenario === 'line-10k' ? line10k() : [];
  new Chart(canvas, {
    type: scenario === 'line-10k' ? 'line' : 'bar',
    data:
      scenario === 'line-10k'
        ? { labels: line.map((p) => p.period), datasets: [{ data: line.map((p) => p.value), pointRadius: 0 }] }
        : { labels: BAR_6.map((d) => d.label), datasets: [{ data: BAR_6.map((d) => d.value) }] },
    options: { animation: false, responsive: false, plugins: {} },
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
