/** The embed builder: choose feed, element, metric, language and theme; see it live; copy the snippet. */
import '../src/index.js';
import { localize } from '../src/feed/localize.js';
import type { LocalizedString } from '../src/feed/schema.js';

interface IndexEntry {
  readonly file: string;
  readonly title: LocalizedString;
}

const TAGS: Record<string, string> = { kpi: 'inclusion-kpi', dashboard: 'inclusion-dashboard', map: 'inclusion-map', chart: 'inclusion-chart', table: 'inclusion-table' };
const form = document.getElementById('options') as HTMLFormElement;
const feedSelect = document.getElementById('feed') as HTMLSelectElement;
const metricSelect = document.getElementById('metric') as HTMLSelectElement;
const preview = document.getElementById('preview')!;
const base = new URL('.', location.href);

function option(value: string, text: string): HTMLOptionElement {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = text;
  return node;
}

async function loadMetrics(): Promise<void> {
  const feed = (await (await fetch(`/data/${feedSelect.value}`)).json()) as { metrics: { id: string; label: LocalizedString }[] };
  metricSelect.replaceChildren(...feed.metrics.map((m) => option(m.id, `${m.id} — ${localize(m.label, 'en').text}`)));
}

function attributes(values: Record<string, string>): [string, string][] {
  const list: [string, string][] = [['src', new URL(`/data/${values.feed}`, base).href]];
  if (values.element !== 'dashboard') list.push(['metric', values.metric ?? '']);
  if (values.element === 'chart') list.push(['type', values.type ?? 'bar']);
  list.push(['locale', values.locale ?? 'kk'], ['theme', values.theme ?? 'light']);
  return list;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update(): void {
  const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
  const tag = TAGS[values.element ?? 'kpi'] ?? 'inclusion-kpi';
  const list = attributes(values);
  const widget = document.createElement(tag);
  for (const [name, value] of list) widget.setAttribute(name, value);
  preview.replaceChildren(widget);

  const bundle = new URL('/dist/inclusion-widgets.js', base).href;
  const attrs = list.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  (document.getElementById('script-snippet') as HTMLTextAreaElement).value =
    `<script type="module" src="${bundle}"></script>\n<${tag}${attrs}></${tag}>`;

  const id = `inclusion-${Math.random().toString(36).slice(2, 8)}`;
  const query = new URLSearchParams([['element', values.element ?? 'kpi'], ...list, ['id', id]]);
  const embed = new URL(`embed.html?${query}`, base).href;
  (document.getElementById('iframe-snippet') as HTMLTextAreaElement).value = [
    `<iframe id="${id}" src="${escapeAttribute(embed)}" title="${tag}" style="width:100%;border:0" height="200" loading="lazy"></iframe>`,
    '<script>',
    `addEventListener('message', function (e) {`,
    `  if (e.data && e.data.type === 'inclusion-widgets:height' && e.data.id === '${id}') document.getElementById('${id}').height = e.data.height;`,
    '});',
    '</script>',
  ].join('\n');
}

document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) =>
  button.addEventListener('click', async () => {
    const text = (document.getElementById(button.dataset.copy!) as HTMLTextAreaElement).value;
    const status = document.getElementById('copied')!;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
    } catch {
      (document.getElementById(button.dataset.copy!) as HTMLTextAreaElement).select();
      status.textContent = 'Selected: press Ctrl+C to copy.';
    }
  }),
);

form.addEventListener('change', async (event) => {
  if ((event.target as HTMLElement).id === 'feed') await loadMetrics();
  update();
});

const index = (await (await fetch('/data/index.json')).json()) as IndexEntry[];
feedSelect.replaceChildren(...index.map((entry) => option(entry.file, localize(entry.title, 'en').text)));
await loadMetrics();
update();
