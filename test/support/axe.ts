/**
 * axe-core in the page, with "incomplete" treated as failure: axe marks SVG text contrast it cannot decide as
 * incomplete, and a contrast nobody decided is not a pass.
 */
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe?: { run: (context: Element, options: RunOptions) => Promise<AxeResults> };
  }
}

let loading: Promise<void> | undefined;

function loadAxe(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return loading;
}

export interface AxeFindings {
  readonly violations: string[];
  readonly incomplete: string[];
}

export async function axeFindings(context: Element): Promise<AxeFindings> {
  await loadAxe();
  const results = await window.axe!.run(context, { resultTypes: ['violations', 'incomplete'] });
  const describe = (list: AxeResults['violations']): string[] =>
    list.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')} — ${node.failureSummary ?? rule.help}`));
  return { violations: describe(results.violations), incomplete: describe(results.incomplete) };
}
