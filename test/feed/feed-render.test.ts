/** `FeedController.render`: the one branch between loading, error and data that every element takes. */
import { expect } from '@esm-bundle/chai';
import { html, LitElement } from 'lit';
import { FeedError } from '../../src/feed/errors.js';
import { FeedController, type FeedState } from '../../src/feed/feed-controller.js';
import { feedElementProperties } from '../../src/elements/shared/feed-element-properties.js';
import { cleanup, settled, sleep } from '../support/dom.js';
import { grantsFeed } from '../fixtures/feeds.mjs';

/** Says which renderer ran, and with what. A feed whose id is "refused" fails the element's own check. */
class RenderProbe extends LitElement {
  static override properties = feedElementProperties;
  declare src?: string;
  declare feed?: unknown;
  declare refresh?: number;
  declare state: FeedState;
  readonly loader = new FeedController(this, {
    check: (feed) => (feed.id === 'refused' ? new FeedError('metric', 'refused by the element') : undefined),
  });
  constructor() {
    super();
    this.state = 'loading';
  }
  protected override render() {
    return html`${this.loader.render({
      pending: () => 'pending',
      error: (error) => `error: ${error.kind}`,
      complete: (feed) => `complete: ${feed.id}`,
    })}`;
  }
}
customElements.define('render-probe', RenderProbe);
const probe = (): RenderProbe => document.createElement('render-probe') as RenderProbe;

const shown = (element: Element): string => element.shadowRoot?.textContent?.trim() ?? '';
const unique = (name: string): string => `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe('FeedController.render', () => {
  afterEach(() => cleanup('render-probe'));

  it('renders pending until the feed arrives, then complete with the feed', async () => {
    const element = probe();
    element.setAttribute('src', `/__test__/feed/${unique('render')}?delay=300&id=arrived`);
    document.body.append(element);
    await element.updateComplete;
    expect(shown(element)).to.equal('pending');
    await settled(element, ['ready']);
    expect(shown(element)).to.equal('complete: arrived');
  });

  it('renders error for a feed that fails to load, and for one the element refuses', async () => {
    const broken = probe();
    broken.setAttribute('src', '/__test__/status/404');
    const refused = probe();
    refused.feed = { ...grantsFeed(), id: 'refused' };
    document.body.append(broken, refused);
    await Promise.all([settled(broken, ['error']), settled(refused, ['error'])]);
    expect(shown(broken)).to.equal('error: http');
    expect(shown(refused)).to.equal('error: metric');
  });

  it('keeps rendering the last good feed when a refresh fails', async () => {
    const element = probe();
    element.setAttribute('src', `/__test__/flaky/${unique('render')}?id=first`);
    element.setAttribute('refresh', '1');
    document.body.append(element);
    await settled(element, ['ready']);
    await sleep(1500);
    expect(element.loader.staleError?.kind).to.equal('http');
    expect(shown(element)).to.equal('complete: first');
  });
});
