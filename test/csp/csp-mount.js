// Mounts every element in every state the page can reach without inline code.
const states = [
  { tag: 'inclusion-kpi', attrs: { src: '/test/csp/feed.json', metric: 'grants', locale: 'ru' } },
  { tag: 'inclusion-kpi', attrs: { src: '/test/csp/feed.json', metric: 'people', locale: 'kk', theme: 'dark' } },
  { tag: 'inclusion-kpi', attrs: { src: '/test/csp/feed.json', metric: 'missing', locale: 'en' } },
  { tag: 'inclusion-kpi', attrs: { src: '/test/csp/not-found.json', locale: 'ru' } },
  // Not valid: zod and the wording load on demand, and zod must not probe eval under this policy.
  { tag: 'inclusion-kpi', attrs: { src: '/test/csp/invalid-feed.json', metric: 'grants', locale: 'kk' } },
  { tag: 'inclusion-kpi', attrs: { src: 'javascript:alert(1)', locale: 'ru' } },
  { tag: 'inclusion-kpi', attrs: { src: '/test/csp/slow-never.json', locale: 'kk', timeout: '600' } },
  ...(customElements.get('inclusion-chart')
    ? ['bar', 'column', 'line', 'area', 'stacked', 'donut'].map((type) => ({
        tag: 'inclusion-chart',
        attrs: {
          src: '/test/csp/feed.json',
          metric: type === 'line' || type === 'area' ? 'grants' : 'regions',
          type,
          locale: 'ru',
        },
      }))
    : []),
  ...(customElements.get('inclusion-table')
    ? [{ tag: 'inclusion-table', attrs: { src: '/test/csp/feed.json', metric: 'regions', locale: 'kk' } }]
    : []),
  ...(customElements.get('inclusion-map')
    ? [{ tag: 'inclusion-map', attrs: { src: '/test/csp/feed.json', metric: 'regions', locale: 'kk' } }]
    : []),
  ...(customElements.get('inclusion-dashboard')
    ? [{ tag: 'inclusion-dashboard', attrs: { src: '/test/csp/feed.json', locale: 'en' } }]
    : []),
];
const main = document.getElementById('widgets');
for (const { tag, attrs } of states) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  main.append(element);
}
window.__mounted = states.length;
