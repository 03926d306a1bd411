/**
 * zod, the schema and the sentences that explain an invalid feed are loaded only when the fast check does
 * not accept a feed (src/feed/check.ts). This file runs in a page of its own, so the module map starts
 * empty: the order of the tests matters.
 */
import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import '../../src/elements/kpi/define.js';
import { validateFeed } from '../../src/feed/check.js';
import { FeedError } from '../../src/feed/errors.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { renderError } from '../../src/elements/shared/status-views.js';
import { grantsFeed } from '../fixtures/feeds.mjs';
import { cleanup, part, settled, textOf } from '../support/dom.js';
import { loaded } from '../support/resources.js';

const judgementRequests = (): string[] =>
  loaded(/\/src\/feed\/(judge|schema|zod|explain|issue-text)\.ts|\/node_modules\/zod\//);

describe('zod and the schema wording on demand', () => {
  afterEach(() => {
    cleanup('inclusion-kpi, div.error-host');
    clearFeedCache();
  });

  it('a valid feed renders without downloading zod or the wording', async () => {
    const element = document.createElement('inclusion-kpi');
    element.feed = grantsFeed();
    element.setAttribute('locale', 'ru');
    document.body.append(element);
    await settled(element);
    expect(element.state).to.equal('ready');
    expect(await validateFeed(grantsFeed())).to.have.property('version', 1);
    expect(judgementRequests()).to.deep.equal([]);
  });

  it('an invalid feed loads them and lists the problems in the reader language', async () => {
    const element = document.createElement('inclusion-kpi');
    element.feed = { version: 1, id: 'x', title: 'x', metrics: [{ id: 'a', label: 'a', value: 'many' }] };
    element.setAttribute('locale', 'ru');
    document.body.append(element);
    await settled(element);
    expect(element.state).to.equal('error');
    expect(textOf(part(element, 'error')))
      .to.contain('metrics[0].value')
      .and.to.contain('должно быть число');
    expect(judgementRequests().length).to.be.greaterThan(0);
  });

  it('the public validateFeed rejects with every problem and its path', async () => {
    const error = await validateFeed({ version: 2, id: 'x', title: 'x', metrics: [] }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).issues.map((issue) => issue.path)).to.include.members(['version', 'metrics']);
  });

  it('an error built without the wording still lists its problems, in English', () => {
    const host = document.createElement('div');
    host.className = 'error-host';
    document.body.append(host);
    const issue = {
      path: 'metrics[0].value',
      segments: ['metrics', 0, 'value'],
      code: 'wrong-type',
      params: {},
      message: 'metrics[0].value: should be a number, not text',
    } as const;
    render(html`${renderError(new FeedError('schema', 'The feed has 1 problem', [issue]), 'kk')}`, host);
    expect(textOf(host.querySelector('.error-issues'))).to.contain('metrics[0].value: should be a number, not text');
  });
});
