/**
 * embed.html?src=…&element=kpi&metric=…&locale=ru&theme=light&id=…  — one widget in an iframe, for CMSs
 * that allow only iframes. It tells the parent page its height with postMessage, so the iframe can be
 * sized to fit instead of scrolling or cutting the widget off:
 *   { type: 'inclusion-widgets:height', id, height }
 * Query values are only ever set as attributes; the element itself checks the feed URL.
 */
import '../src/index.js';
import { tagOf } from './element-kinds.js';

const ATTRIBUTES = ['src', 'metric', 'locale', 'theme', 'type', 'highlight', 'metrics', 'refresh'] as const;

const params = new URLSearchParams(location.search);
const widget = document.createElement(tagOf(params.get('element') ?? 'kpi'));
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
// The frame's page takes the widget's theme, so a dark card does not sit in a white frame.
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') document.documentElement.dataset.theme = theme;
const locale = params.get('locale');
if (locale) document.documentElement.lang = locale;
document.getElementById('widget')!.append(widget);

const id = params.get('id') ?? '';
let lastHeight = -1;
function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  // Only a number and the id the parent chose leave the frame, so any parent origin may read it.
  window.parent.postMessage({ type: 'inclusion-widgets:height', id, height }, '*');
}
new ResizeObserver(report).observe(document.documentElement);
report();
