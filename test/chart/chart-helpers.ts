/** Mounting and reading `<inclusion-chart>` in tests. */
import '../../src/elements/chart/define.js';
import type { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';
import { settled } from '../support/dom.js';
import { chartFeed, METRICS, TYPES } from './chart-feeds.js';

export type ChartTypeName = (typeof TYPES)[number];

export interface MountOptions {
  readonly locale?: string;
  readonly theme?: 'light' | 'dark';
  readonly metric?: string;
  readonly feed?: unknown;
  /** Width of the page box the chart sits in, px. */
  readonly width?: number;
  readonly parent?: HTMLElement;
}

/** A chart on a page of its own theme, settled and drawn. */
export async function mountChart(type: ChartTypeName, options: MountOptions = {}): Promise<InclusionChart> {
  const page = document.createElement('div');
  page.className = 'chart-page';
  page.style.background = options.theme === 'dark' ? '#0d1118' : '#ffffff';
  page.style.padding = '8px';
  if (options.width) page.style.width = `${options.width}px`;
  const element = document.createElement('inclusion-chart');
  element.setAttribute('type', type);
  element.setAttribute('locale', options.locale ?? 'ru');
  if (options.theme) element.setAttribute('theme', options.theme);
  element.setAttribute('metric', options.metric ?? METRICS[type]);
  element.feed = options.feed ?? chartFeed();
  page.append(element);
  (options.parent ?? document.body).append(page);
  await settled(element);
  return element;
}

export function marks(element: Element): SVGElement[] {
  return [...element.shadowRoot!.querySelectorAll<SVGElement>('svg.chart-svg [role="listitem"]')].filter(
    (mark) => mark.getAttribute('aria-hidden') !== 'true',
  );
}

export function removeCharts(): void {
  document.querySelectorAll('.chart-page, inclusion-chart').forEach((node) => node.remove());
}

/** Waits for a condition polled every frame (resizes are coalesced into animation frames). */
export async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export const spaced = (text: string | null | undefined): string => (text ?? '').replace(/\u00a0/g, ' ');
