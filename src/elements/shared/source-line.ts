/**
 * Where figures come from, said the same way by every element:
 * "Источник: Kazinform · опубликовано 19 ноября 2025 г."
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize, type LocalizedText } from '../../feed/localize.js';
import type { Source } from '../../feed/schema.js';
import { formatPeriod, messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';

export interface SourceView {
  readonly name: LocalizedText;
  /** Always http(s): the schema refuses every other scheme. */
  readonly url?: string;
  /** The publication date in words. */
  readonly published?: string;
}

export function sourceView(source: Source | undefined, locale: Locale): SourceView | undefined {
  if (!source) return undefined;
  return {
    name: localize(source.name, locale),
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { published: formatPeriod(source.published, locale) } : {}),
  };
}

/** The source's name (a link when it has one) and its publication date, as two spans. */
export function renderSourceParts(source: SourceView, locale: Locale): TemplateResult {
  const text = messages(locale);
  const name = html`<span lang=${source.name.lang ?? nothing}>${source.name.text}</span>`;
  const linked = source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${name}</a>` : name;
  return html`<span class="source-name">${text.source}: ${linked}</span>
    ${source.published ? html`<span class="published">${text.published(source.published)}</span>` : nothing}`;
}
