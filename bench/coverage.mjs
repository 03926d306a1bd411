// `node bench/coverage.mjs`: how much of each script the shipped bundle downloads is never run on a page
// that shows every kind of widget (a dashboard, and a chart of each of the six types), from Chromium's
// precise JS coverage. Code that is downloaded but never run still costs bytes and, in chunks with the
// compile hint (vite.config.ts), compiled code in the heap; this finds where to trim. Uses dist/ (run
// `npm run build` first). Figures: bench/RESULTS.md.
import { launchChromium, serveStatic, urlOf } from '../test/support/static-server.mjs';

const feed = '/test/csp/feed.json';
const charts = ['bar', 'column', 'line', 'area', 'stacked', 'donut']
  .map((type) => `<inclusion-chart src="${feed}" type="${type}"></inclusion-chart>`)
  .join('');
const html = `<!doctype html><html lang="ru"><body><script type="module" src="/dist/inclusion-widgets.js"></script>
<inclusion-dashboard src="${feed}" locale="ru"></inclusion-dashboard>${charts}</body></html>`;

const server = await serveStatic({ pages: { '/coverage.html': html } });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(urlOf(server, '/coverage.html'), { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('inclusion-dashboard, inclusion-chart')].every(
      (element) => element.getAttribute('state') === 'ready',
    ),
  );
  const entries = await page.coverage.stopJSCoverage();
  console.log('| script | bytes | never run |\n|---|---|---|');
  for (const entry of entries.filter(({ url }) => url.includes('/dist/'))) {
    // Ranges nest (a function, then its blocks and inner functions): applied outermost first, the
    // innermost range decides whether a byte ran.
    const ran = new Uint8Array(entry.source.length).fill(1);
    const ranges = entry.functions
      .flatMap((fn) => fn.ranges)
      .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
    for (const range of ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
    const unused = ran.length - ran.reduce((sum, byte) => sum + byte, 0);
    const share = Math.round((100 * unused) / Math.max(1, ran.length));
    console.log(`| ${new URL(entry.url).pathname} | ${ran.length} | ${share} % |`);
  }
} finally {
  await browser.close();
  server.close();
}
