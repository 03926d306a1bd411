/** What every element's stories share: the common attributes as Storybook args, and the frame a story sits in. */
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';

/** The attributes and property every element takes (docs/ARCHITECTURE.md, "Attributes"), and the frame width. */
export interface ElementArgs {
  src?: string;
  metric?: string;
  locale?: 'kk' | 'ru' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  feed?: unknown;
  width?: number;
}

export const elementArgTypes = {
  locale: { control: 'inline-radio', options: ['kk', 'ru', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  metric: { control: 'text' },
  src: { control: 'text' },
} satisfies Partial<ArgTypes<ElementArgs>>;

export const elementArgs = { locale: 'ru', theme: 'light' } as const satisfies ElementArgs;

export const CHART_TYPES = ['bar', 'column', 'line', 'area', 'stacked', 'donut'] as const;

/**
 * An element in a frame of `width` pixels at most: elements fill their container's width. Stories are not
 * under the widgets' CSP, so a plain style attribute sets the frame here.
 */
export const framed = (width: number, element: TemplateResult): TemplateResult =>
  html`<div style=${`max-width: ${width}px`}>${element}</div>`;

const attributeName = (arg: string): string => arg.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * A story's element: every arg but `feed` and `width` set as its attribute (`chartType` as `chart-type`), the
 * feed as its property, in a frame of `width` (or `defaultWidth`) pixels.
 */
export function renderElement<Args extends ElementArgs | Omit<ElementArgs, 'metric'>>(
  tagName: string,
  defaultWidth: number,
): NonNullable<Meta<Args>['render']> {
  return ({ feed, width, ...attributes }) => {
    const element = document.createElement(tagName) as HTMLElement & { feed?: unknown };
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== undefined && value !== null && value !== '')
        element.setAttribute(attributeName(name), String(value));
    }
    element.feed = feed;
    return framed(width ?? defaultWidth, html`${element}`);
  };
}
