import { expect } from '@esm-bundle/chai';
import { sleep } from '../support/dom.js';

interface HeightMessage {
  type: string;
  id: string;
  height: number;
}

function frame(query: string, width = 600): { iframe: HTMLIFrameElement; messages: HeightMessage[] } {
  const messages: HeightMessage[] = [];
  window.addEventListener('message', (event: MessageEvent<HeightMessage>) => {
    if (event.data?.type === 'inclusion-widgets:height') messages.push(event.data);
  });
  const iframe = document.createElement('iframe');
  iframe.title = 'widget';
  iframe.width = String(width);
  iframe.height = '50';
  iframe.src = `/demo/embed.html?${query}`;
  document.body.append(iframe);
  return { iframe, messages };
}

// A bound on waiting, not a speed check: a loaded engine can take many seconds to load a page in a frame.
async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const started = performance.now();
  while (!check() && performance.now() - started < ms) await sleep(50);
}

describe('embed.html in an iframe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('renders the widget and posts its height with the id the parent chose', async () => {
    const { iframe, messages } = frame('element=kpi&src=/__test__/feed/embed-kpi&locale=ru&id=tile-1');
    const state = (): string | null | undefined =>
      iframe.contentDocument?.querySelector('inclusion-kpi')?.getAttribute('state');
    await until(() => state() === 'ready' && messages.some((m) => m.id === 'tile-1' && m.height > 120));
    const last = messages.filter((m) => m.id === 'tile-1').at(-1)!;
    expect(last.height).to.be.greaterThan(120);
    const widget = iframe.contentDocument!.querySelector('inclusion-kpi')!;
    expect(widget.getAttribute('state')).to.equal('ready');
    expect(widget.shadowRoot!.querySelector('[part="value"]')!.textContent!.replace(/\u00a0/g, ' ')).to.equal(
      'более 1 120',
    );
  });

  it('posts a new height when the widget grows', async () => {
    const { iframe, messages } = frame('element=dashboard&src=/__test__/feed/embed-dash&locale=en&id=dash', 320);
    const ready = (): boolean =>
      iframe.contentDocument?.querySelector('inclusion-dashboard')?.getAttribute('state') === 'ready';
    const heights = (): number[] => messages.filter((m) => m.id === 'dash').map((m) => m.height);
    const height = (): number => heights().at(-1) ?? 0;
    const inner = (): number => iframe.contentDocument?.documentElement.scrollHeight ?? 0;
    // Ready, and the last height posted has stayed the page's height for half a second: drawn and styled.
    let steady = 0;
    await until(() => {
      steady = ready() && height() > 100 && Math.abs(height() - inner()) <= 1 ? steady + 1 : 0;
      return steady >= 10;
    });
    const drawn = height();
    expect(drawn, "the drawn dashboard's height").to.be.greaterThan(100);
    // Narrower, the same dashboard wraps to more lines: the parent must hear the new height.
    iframe.width = '200';
    await until(() => height() > drawn);
    expect(height(), 'a new, greater height after the widget grew').to.be.greaterThan(drawn);
    expect(heights().length).to.be.greaterThan(1);
  });

  it('gives the widget room at the page edge, a dark page for a dark widget, and a favicon', async () => {
    const { iframe } = frame('element=kpi&src=/__test__/feed/embed-kpi&locale=ru&theme=dark&id=dark');
    await until(() => iframe.contentDocument?.querySelector('inclusion-kpi')?.getAttribute('state') === 'ready');
    const inner = iframe.contentDocument!;
    const card = inner
      .querySelector('inclusion-kpi')!
      .shadowRoot!.querySelector('[part="base"]')!
      .getBoundingClientRect();
    expect(card.left, 'space at the start edge').to.be.at.least(8);
    expect(card.top, 'space at the top').to.be.at.least(8);
    const page = iframe.contentWindow!.getComputedStyle(inner.body).backgroundColor;
    const [r = 255, g = 255, b = 255] = (page.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b, `dark page behind a dark card (${page})`).to.be.below(150);
    const icon = inner.querySelector<HTMLLinkElement>('link[rel="icon"]');
    expect(icon, 'a favicon link').to.not.equal(null);
    expect((await fetch(icon!.href)).ok, 'the favicon is served').to.equal(true);
  });

  it('passes query values only as attributes: a script URL becomes a url error, not a request', async () => {
    const { iframe, messages } = frame('element=kpi&src=javascript:parent.__pwned%3D1&locale=en&id=bad');
    await until(
      () =>
        iframe.contentDocument?.querySelector('inclusion-kpi')?.getAttribute('state') === 'error' &&
        messages.some((m) => m.id === 'bad' && m.height > 40),
    );
    expect(iframe.contentDocument!.querySelector('inclusion-kpi')!.getAttribute('state')).to.equal('error');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // Even an error message has a height the parent needs to know.
    expect(messages.filter((m) => m.id === 'bad').at(-1)!.height).to.be.greaterThan(40);
  });

  it('shows a tile for an element name it does not know, even one every object inherits', async () => {
    for (const kind of ['gauge', 'constructor', '__proto__', 'toString']) {
      const { iframe } = frame(`element=${kind}&src=/__test__/feed/embed-kpi&locale=en&id=${kind}`);
      await until(() => iframe.contentDocument?.querySelector('inclusion-kpi')?.getAttribute('state') === 'ready');
      expect(iframe.contentDocument!.querySelector('inclusion-kpi')?.getAttribute('state'), kind).to.equal('ready');
      iframe.remove();
    }
  });
});
