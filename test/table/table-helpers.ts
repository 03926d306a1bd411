/** Mounting and reading `<inclusion-table>` in the element tests. */
import '../../src/elements/table/define.js';
import type { InclusionTable } from '../../src/elements/table/inclusion-table.js';
import { settled, textOf } from '../support/dom.js';
import { tableFeed } from './table-feeds.js';

export const sp = (text: string): string => text.replace(/\u00a0/g, ' ');

export interface MountOptions {
  readonly locale?: string;
  readonly metric?: string;
  readonly theme?: string;
  readonly feed?: unknown;
  /** Width of a wrapper the table is put in (px). */
  readonly width?: number;
}

export async function mountTable({
  locale = 'ru',
  metric,
  theme = 'light',
  feed = tableFeed(),
  width,
}: MountOptions = {}): Promise<InclusionTable> {
  const element = document.createElement('inclusion-table');
  element.feed = feed;
  element.setAttribute('locale', locale);
  element.setAttribute('theme', theme);
  if (metric) element.setAttribute('metric', metric);
  const wrapper = document.createElement('div');
  wrapper.className = 'table-wrapper';
  if (width) wrapper.style.width = `${width}px`;
  wrapper.append(element);
  document.body.append(wrapper);
  await settled(element);
  return element;
}

export function removeTables(): void {
  document.querySelectorAll('.table-wrapper').forEach((node) => node.remove());
  document.querySelectorAll('inclusion-table').forEach((node) => node.remove());
}

export const $ = <T extends Element = HTMLElement>(element: InclusionTable, selector: string): T =>
  element.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: InclusionTable, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** Body rows as text, cell by cell (row header first). */
export const bodyRows = (element: InclusionTable): string[][] =>
  $$(element, 'tbody tr').map((tr) => [...tr.children].map((cell) => sp(textOf(cell))));
export const bodyColumn = (element: InclusionTable, index: number): string[] =>
  bodyRows(element).map((row) => row[index]!);

export const headerCell = (element: InclusionTable, index: number): HTMLTableCellElement =>
  $$<HTMLTableCellElement>(element, 'thead th')[index]!;
export const headerButton = (element: InclusionTable, index: number): HTMLButtonElement =>
  headerCell(element, index).querySelector('button')!;

export async function clickHeader(element: InclusionTable, index: number): Promise<void> {
  headerButton(element, index).click();
  await element.updateComplete;
}

/** The aria-sort of every header cell, null where absent. */
export const ariaSorts = (element: InclusionTable): (string | null)[] =>
  $$(element, 'thead th').map((th) => th.getAttribute('aria-sort'));
