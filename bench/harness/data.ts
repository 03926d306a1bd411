/** The same data for every library: deterministic, so runs compare like with like. */
export const BAR_6 = [
  { key: 'KZ-35', label: 'Karaganda', value: 358 },
  { key: 'KZ-61', label: 'Turkistan', value: 290 },
  { key: 'KZ-79', label: 'Shymkent', value: 120 },
  { key: 'KZ-71', label: 'Astana', value: 75 },
  { key: 'KZ-75', label: 'Almaty', value: 410 },
  { key: 'KZ-47', label: 'Mangystau', value: 12 },
];

/** 10 000 daily points from 1999-01-01, a seeded random walk. */
export function line10k(): { period: string; date: Date; value: number }[] {
  let seed = 42;
  let value = 1000;
  const start = Date.UTC(1999, 0, 1);
  return Array.from({ length: 10_000 }, (_, i) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    value += (seed / 2147483648 - 0.5) * 20;
    const date = new Date(start + i * 86_400_000);
    return { period: date.toISOString().slice(0, 10), date, value: Math.round(value * 10) / 10 };
  });
}

/**
 * `many-50` appends 50 charts at once; `one-by-one-50` appends them one after another, each once the
 * previous one is drawn (as a page that adds charts as its data arrives).
 */
export type Scenario = 'bar-6' | 'line-10k' | 'many-50' | 'one-by-one-50';

/**
 * Resolves once the browser has painted what was drawn: in the task after the first frame that renders
 * the page from now on. That frame is found with a ResizeObserver on a new 1-pixel probe, whose first
 * report comes in the frame's rendering, after layout and before paint. Called from a script task (every
 * peer draws synchronously), that is the next frame, as `requestAnimationFrame` would find. Called while
 * a frame is running its animation callbacks (our small charts draw there), it is that same frame, which
 * paints the chart: waiting for a `requestAnimationFrame` there would count one more frame that shows
 * nothing new.
 */
export function painted(): Promise<void> {
  return new Promise((resolve) => {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;top:0;left:0;width:1px;height:1px;pointer-events:none';
    document.body.append(probe);
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      probe.remove();
      setTimeout(resolve, 0);
    });
    observer.observe(probe);
  });
}

export function container(width = 640, height = 360): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  div.style.height = `${height}px`;
  document.getElementById('stage')!.append(div);
  return div;
}
