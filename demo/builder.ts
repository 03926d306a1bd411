/**
 * The embed builder: choose a feed, an element, a metric, a chart type, a language and a theme; see the widget
 * live; copy a snippet that loads the built bundle from where it is hosted. Only what the chosen feed has data
 * for is offered, and only the fields that apply are shown. Its own words are in kk, ru and en.
 */
import '../src/index.js';
import { localize } from '../src/feed/localize.js';
import type { Feed } from '../src/feed/schema.js';
import { chartTypesFor, metricsFor, TABLE_OF_ALL_METRICS } from './builder-choices.js';
import { BUILDER_TEXT, CHART_TYPE_NAMES, ELEMENT_NAMES } from './builder-text.js';
import { hostedBundle } from './bundle-address.js';
import { copySnippet } from './copy-snippet.js';
import { byId as $, newOption } from './dom.js';
import { ELEMENT_KINDS, tagOf, type ElementKind } from './element-kinds.js';
import { fetchFeedIndex, type FeedIndexEntry } from './feed-index.js';
import { onUiLocaleChosen, requestedUiLocale, showUiLanguage } from './ui-language.js';

const form = $<HTMLFormElement>('options');
const feedSelect = $<HTMLSelectElement>('feed');
const elementSelect = $<HTMLSelectElement>('element');
const metricSelect = $<HTMLSelectElement>('metric');
const typeSelect = $<HTMLSelectElement>('type');
const themeSelect = $<HTMLSelectElement>('theme');
const bundleInput = $<HTMLInputElement>('bundle');
const preview = $('preview');

let ui = requestedUiLocale();
let index: FeedIndexEntry[] = [];
let feed: Feed | undefined;

/** Replaces a select's options, keeping the chosen value when it is still offered. */
function offer(select: HTMLSelectElement, options: HTMLOptionElement[]): void {
  const chosen = select.value;
  select.replaceChildren(...options);
  const keep =
    options.find((node) => node.value === chosen && !node.disabled) ?? options.find((node) => !node.disabled);
  if (keep) select.value = keep.value;
}

function fillChoices(): void {
  const text = BUILDER_TEXT[ui];
  offer(
    feedSelect,
    index.map((entry) => newOption(entry.file, localize(entry.title, ui).text)),
  );
  if (!feed) return;
  offer(
    elementSelect,
    ELEMENT_KINDS.map((kind) => {
      const metrics = metricsFor(feed!, kind);
      const possible = metrics === undefined || metrics.length > 0 || kind === 'table';
      return newOption(
        kind,
        possible ? ELEMENT_NAMES[ui][kind] : `${ELEMENT_NAMES[ui][kind]} (${text.noData})`,
        !possible,
      );
    }),
  );
  const element = elementSelect.value as ElementKind;
  const metrics = metricsFor(feed, element);
  $('metric-field').hidden = metrics === undefined;
  offer(metricSelect, [
    ...(element === 'table' ? [newOption(TABLE_OF_ALL_METRICS, text.allMetrics!)] : []),
    ...(metrics ?? []).map((metric) => newOption(metric.id, `${localize(metric.label, ui).text} (${metric.id})`)),
  ]);
  const metric = feed.metrics.find((m) => m.id === metricSelect.value);
  const types = element === 'chart' && metric ? chartTypesFor(metric) : [];
  $('type-field').hidden = types.length === 0;
  offer(
    typeSelect,
    types.map((type) => newOption(type, CHART_TYPE_NAMES[ui][type])),
  );
  offer(
    themeSelect,
    (['light', 'dark', 'auto'] as const).map((theme) => newOption(theme, text[theme]!)),
  );
}

function attributes(): [string, string][] {
  const element = elementSelect.value as ElementKind;
  const list: [string, string][] = [['src', new URL(`/data/${feedSelect.value}`, location.origin).href]];
  if (!$('metric-field').hidden && metricSelect.value !== TABLE_OF_ALL_METRICS)
    list.push(['metric', metricSelect.value]);
  if (element === 'chart' && !$('type-field').hidden) list.push(['type', typeSelect.value]);
  const values = new FormData(form);
  list.push(['locale', String(values.get('locale') ?? 'kk')], ['theme', themeSelect.value]);
  return list;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update(): void {
  const tag = tagOf(elementSelect.value);
  const list = attributes();
  const widget = document.createElement(tag);
  for (const [name, value] of list) widget.setAttribute(name, value);
  preview.replaceChildren(widget);

  const attrs = list.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  $<HTMLTextAreaElement>('script-snippet').value =
    `<script type="module" src="${escapeAttribute(bundleInput.value.trim())}"></script>\n<${tag}${attrs}></${tag}>`;

  const id = `inclusion-${Math.random().toString(36).slice(2, 8)}`;
  const query = new URLSearchParams([['element', elementSelect.value], ...list, ['id', id]]);
  const embed = new URL(`embed.html?${query}`, location.href).href;
  $<HTMLTextAreaElement>('iframe-snippet').value = [
    `<iframe id="${id}" src="${escapeAttribute(embed)}" title="${tag}" style="width:100%;border:0" ` +
      'height="200" loading="lazy"></iframe>',
    '<script>',
    `addEventListener('message', function (e) {`,
    `  if (e.data && e.data.type === 'inclusion-widgets:height' && e.data.id === '${id}') ` +
      `document.getElementById('${id}').height = e.data.height;`,
    '});',
    '</script>',
  ].join('\n');
}

function applyLanguage(): void {
  showUiLanguage(ui, (key) => BUILDER_TEXT[ui][key] ?? '');
  fillChoices();
  update();
}

async function loadFeed(): Promise<void> {
  feed = (await (await fetch(`/data/${feedSelect.value}`)).json()) as Feed;
  fillChoices();
}

async function checkBundle(): Promise<void> {
  const { address, served } = await hostedBundle();
  bundleInput.value = address;
  $('bundle-missing').hidden = served;
}

document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) =>
  button.addEventListener('click', () => {
    const said = { copied: BUILDER_TEXT[ui].copied!, selected: BUILDER_TEXT[ui].selected! };
    void copySnippet($<HTMLTextAreaElement>(button.dataset.copy!), $('copied'), said);
  }),
);

onUiLocaleChosen((chosen) => {
  ui = chosen;
  applyLanguage();
});

form.addEventListener('change', async (event) => {
  if ((event.target as HTMLElement).id === 'feed') await loadFeed();
  else fillChoices();
  update();
});
bundleInput.addEventListener('input', update);

index = await fetchFeedIndex();
// The widget speaks the interface's language until the publisher picks another.
(form.elements.namedItem('locale') as HTMLSelectElement).value = ui;
fillChoices();
await Promise.all([loadFeed(), checkBundle()]);
applyLanguage();
