/**
 * axe-core in the page, with "incomplete" treated as failure: axe marks SVG text contrast it cannot decide as
 * incomplete, and a contrast nobody decided is not a pass (see `judgeSvgText` for the one case judged here).
 */
import type { AxeResults, NodeResult, RunOptions } from 'axe-core';
import { contrast } from './contrast.js';

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

function rgb(color: string): [number, number, number, number] | undefined {
  const match = color.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/);
  if (!match) return undefined;
  const alpha =
    match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

const hex = ([r, g, b]: readonly number[]): string =>
  `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;

/** The first opaque background behind `node`, through shadow roots to the page. */
function surfaceBehind(node: Element): string {
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const color = rgb(getComputedStyle(at).backgroundColor);
    if (color && color[3] === 1) return hex(color);
  }
  return '#ffffff';
}

/** Follows axe's target (a selector, or a list of them from shadow host to element) to the element it names. */
function elementOf(node: NodeResult): Element | null {
  const [target] = node.target as unknown as (string | string[])[];
  let root: Document | ShadowRoot = document;
  let found: Element | null = null;
  for (const selector of Array.isArray(target) ? target : [target]) {
    if (selector === undefined) return null;
    found = root.querySelector(selector);
    if (!found) return null;
    if (found.shadowRoot) root = found.shadowRoot;
  }
  return found;
}

/**
 * axe's `color-contrast` rule finds a text's background from the stack of elements at its box. For SVG `<text>`
 * WebKit's stack holds the neighbouring marks and labels, and a one-character label ("0") is "too short" for
 * axe to call it text, so axe answers "incomplete" there: it cannot decide, whatever the colours. Such a
 * text is judged here instead, from its fill against the opaque surface behind the chart (4.5:1), and any
 * other "incomplete" stays a finding.
 */
function judgeSvgText(node: NodeResult): 'pass' | 'fail' | 'undecided' {
  const element = elementOf(node);
  if (!(element instanceof SVGTextElement || element instanceof SVGTSpanElement)) return 'undecided';
  const fill = rgb(getComputedStyle(element).fill);
  if (!fill || fill[3] !== 1) return 'undecided';
  return contrast(hex(fill), surfaceBehind(element)) >= 4.5 ? 'pass' : 'fail';
}

export async function axeFindings(context: Element): Promise<AxeFindings> {
  await loadAxe();
  const results = await window.axe!.run(context, { resultTypes: ['violations', 'incomplete'] });
  const describe = (list: AxeResults['violations']): string[] =>
    list.flatMap((rule) =>
      rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')} — ${node.failureSummary ?? rule.help}`),
    );
  const violations = describe(results.violations);
  const incomplete: AxeResults['incomplete'] = [];
  for (const rule of results.incomplete) {
    if (rule.id !== 'color-contrast') {
      incomplete.push(rule);
      continue;
    }
    const undecided = rule.nodes.filter((node) => {
      const verdict = judgeSvgText(node);
      if (verdict === 'fail')
        violations.push(`color-contrast: ${node.target.join(' ')} — SVG text fill below 4.5:1 against its surface`);
      return verdict === 'undecided';
    });
    if (undecided.length > 0) incomplete.push({ ...rule, nodes: undecided });
  }
  return { violations, incomplete: describe(incomplete) };
}
