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

async function until(check: () => boolean, ms = 8000): Promise<void> {
  const started = performance.now();
  while (!check() && performance.now() - started < ms) await sleep(50);
}

describe('embed.html in an iframe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('renders the widget and posts its height with the id the parent chose', async () => {
    const { iframe, messages } = frame('element=kpi&src=/__test__/feed/embed-kpi&locale=ru&id=tile-1');
    const state = (): string | null | undefined => iframe.contentDocument?.querySelector('inclusion-kpi')?.getAttribute('state');
    await until(() => state() === 'ready' && messages.some((m) => m.id === 'tile-1' && m.height > 120));
    const last = messages.filter((m) => m.id === 'tile-1').at(-1)!;
    expect(last.height).to.be.greaterThan(120);
    const widget = iframe.contentDocument!.querySelector('inclusion-kpi')!;
    expect(widget.getAttribute('state')).to.equal('ready');
    expect(widget.shadowRoot!.querySelector('[part="value"]')!.textContent!.replace(/\u00a0/g, ' ')).to.equal('более 1 120');
  });

  it('posts a new height when the widget grows (a dashboard is taller than a tile)', async () => {
    const { iframe, messages } = frame('element=dashboard&src=/__test__/feed/embed-dash&locale=en&id=dash', 320);
    await until(() => iframe.contentDocument?.querySelector('inclusion-dashboard')?.getAttribute('state') === 'ready' && messages.some((m) => m.id === 'dash' && m.height > 200));
    expect(messages.at(-1)!.height).to.be.greaterThan(200);
  });

  it('passes query values only as attributes: a script URL becomes a url error, not a request', async () => {
    const { iframe, messages } = frame('element=kpi&src=javascript:parent.__pwned%3D1&locale=en&id=bad');
    await until(() => iframe.contentDocument?.querySelector('inclusion-kpi')?.getAttribute('state') === 'error' && messages.some((m) => m.id === 'bad' && m.height > 40));
    expect(iframe.contentDocument!.querySelector('inclusion-kpi')!.getAttribute('state')).to.equal('error');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    // Even an error message has a height the parent needs to know.
    expect(messages.filter((m) => m.id === 'bad').at(-1)!.height).to.be.greaterThan(40);
  });
});
