/** The library's elements by the short name the builder offers and embed.html takes (`?element=chart`). */
export const ELEMENT_KINDS = ['kpi', 'dashboard', 'chart', 'map', 'table'] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const TAGS: Readonly<Record<ElementKind, string>> = {
  kpi: 'inclusion-kpi',
  dashboard: 'inclusion-dashboard',
  map: 'inclusion-map',
  chart: 'inclusion-chart',
  table: 'inclusion-table',
};

/** The tag of `kind`; a tile's for any other name, including those every object inherits (`constructor`). */
export const tagOf = (kind: string): string => (Object.hasOwn(TAGS, kind) ? TAGS[kind as ElementKind] : TAGS.kpi);
