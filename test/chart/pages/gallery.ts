// A page of every chart type for screenshots: ?theme=dark&locale=kk&width=320&types=bar,line
// With src=/data/feed.json (and metric-bar=a,b …), the charts show that feed instead of the test feed.
import '../../../src/elements/chart/define.js';
import { chartFeed, longSeriesFeed, METRICS, TYPES } from '../chart-feeds.js';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') ?? 'light';
const locale = params.get('locale') ?? 'ru';
const types = (params.get('types') ?? TYPES.join(',')).split(',');
if (theme === 'dark') document.body.classList.add('dark');
if (params.get('width')) document.documentElement.style.setProperty('--col', `${params.get('width')}px`);
const gallery = document.getElementById('gallery')!;
for (const type of types) {
  const element = document.createElement('inclusion-chart');
  element.setAttribute('type', type === 'long' ? 'line' : type);
  element.setAttribute('locale', locale);
  element.setAttribute('theme', theme);
  const metric = params.get(`metric-${type}`);
  if (type === 'long') element.feed = longSeriesFeed();
  else if (params.get('src')) {
    if (metric) element.setAttribute('metric', metric);
    element.setAttribute('src', params.get('src')!);
  } else {
    element.setAttribute('metric', metric ?? METRICS[type as keyof typeof METRICS]);
    element.feed = chartFeed();
  }
  if (params.get('table') === '1')
    element.addEventListener('inclusion-load', () =>
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click(),
    );
  gallery.append(element);
}
