import embed from 'vega-embed';
import { BAR_6, container, line10k, painted, type Scenario } from './data.js';

function spec(scenario: Scenario): object {
  return scenario === 'line-10k'
    ? {
        width: 640,
        height: 360,
        data: { values: line10k().map((p) => ({ date: p.period, value: p.value })) },
        mark: 'line',
        encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'value', type: 'quantitative' } },
      }
    : {
        width: 640,
        height: 360,
        data: { values: BAR_6 },
        mark: 'bar',
        encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } },
      };
}

(window as unknown as { bench: unknown }).bench = {
  async run(scenario: Scenario): Promise<void> {
    const count = scenario === 'many-50' ? 50 : 1;
    const views = [];
    for (let i = 0; i < count; i += 1)
      views.push(embed(container(), spec(scenario) as never, { renderer: 'svg', actions: false }));
    await Promise.all(views);
    await painted();
  },
};
