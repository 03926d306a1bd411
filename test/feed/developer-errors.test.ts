/**
 * What a page's developer learns when markup asks for something a widget cannot do: the `inclusion-error`
 * detail and one console warning name the element, the bad value and what would be valid, while the reader
 * still sees the short localized message. A valid page warns about nothing.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { InclusionErrorEvent } from '../../src/events.js';
import { cleanup, part, settled, textOf } from '../support/dom.js';

const FEED = '/data/karaganda-disability-employment.json';
const FEED_IDS = ['employment-support', 'placed-in-vacancies', 'people-with-disability', 'working-age-share'];

let warnings: string[] = [];
const originalWarn = console.warn;

beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = originalWarn;
  cleanup('[data-test]');
});

async function place(markup: string): Promise<{ element: HTMLElement; errors: InclusionErrorEvent[] }> {
  const holder = document.createElement('div');
  holder.dataset.test = '';
  const errors: InclusionErrorEvent[] = [];
  holder.addEventListener('inclusion-error', (event) => errors.push(event as InclusionErrorEvent));
  holder.innerHTML = markup; // test markup only, never in library code
  document.body.append(holder);
  const element = holder.firstElementChild as HTMLElement;
  await settled(element);
  return { element, errors };
}

describe('developer errors', () => {
  it("names the element, the unknown metric id and the feed's ids; the reader sees the localized message", async () => {
    const { element, errors } = await place(
      `<inclusion-kpi src="${FEED}" metric="placed" locale="ru"></inclusion-kpi>`,
    );
    expect(element.getAttribute('state')).to.equal('error');
    expect(errors).to.have.length(1);
    const { message, kind } = errors[0]!.detail;
    expect(kind).to.equal('metric');
    expect(message).to.contain(`<inclusion-kpi src="${FEED}" metric="placed">`);
    expect(message).to.contain('"placed"');
    for (const id of FEED_IDS) expect(message).to.contain(id);
    expect(warnings).to.deep.equal([`inclusion-widgets: ${message}`]);
    expect(textOf(part(element, 'error'))).to.not.contain('placed');
    expect(part(element, 'error')?.getAttribute('role')).to.equal('alert');
    // Re-rendering (a language change) does not warn again.
    element.setAttribute('locale', 'kk');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(warnings).to.have.length(1);
  });

  it("names the dashboard and lists the feed's ids for an unknown id in metrics", async () => {
    const { errors } = await place(
      `<inclusion-dashboard src="${FEED}" metrics="placed,working"></inclusion-dashboard>`,
    );
    const { message } = errors[0]!.detail;
    expect(message).to.contain('metrics="placed,working"').and.contain('"placed"');
    for (const id of FEED_IDS) expect(message).to.contain(id);
    expect(warnings).to.have.length(1);
  });

  it('names the URL of an HTTP error and of an unreachable feed', async () => {
    const missing = await place('<inclusion-kpi src="/data/no-such-feed.json"></inclusion-kpi>');
    expect(missing.errors[0]!.detail.kind).to.equal('http');
    expect(missing.errors[0]!.detail.message)
      .to.contain('<inclusion-kpi src="/data/no-such-feed.json">')
      .and.contain(`${location.origin}/data/no-such-feed.json`)
      .and.contain('404');
    const unreachable = await place('<inclusion-kpi src="http://127.0.0.1:9/feed.json"></inclusion-kpi>');
    expect(unreachable.errors[0]!.detail.kind).to.equal('network');
    expect(unreachable.errors[0]!.detail.message).to.contain('http://127.0.0.1:9/feed.json');
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain('<inclusion-kpi src="http://127.0.0.1:9/feed.json">');
  });

  it('warns once, naming the attribute and its allowed values, for a bad type, locale or theme', async () => {
    const { element, errors } = await place(
      `<inclusion-chart src="${FEED}" metric="people-with-disability" type="pie" locale="de" theme="blue">` +
        '</inclusion-chart>',
    );
    expect(element.getAttribute('state')).to.equal('ready');
    expect(errors).to.deep.equal([]);
    const chart = `<inclusion-chart src="${FEED}" metric="people-with-disability" type="pie">`;
    expect(warnings).to.have.members([
      `inclusion-widgets: ${chart}: locale="de" is not one of kk, ru, en; showing en.`,
      `inclusion-widgets: ${chart}: theme="blue" is not one of light, dark, auto; showing light.`,
      `inclusion-widgets: ${chart}: type="pie" is not one of bar, column, line, area, stacked, donut; ` +
        'showing bars for a breakdown, a line for a series.',
    ]);
    element.setAttribute('locale', 'fr');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(warnings).to.have.length(4);
  });

  it('warns about nothing on a valid page', async () => {
    for (const markup of [
      `<inclusion-kpi src="${FEED}" metric="placed-in-vacancies" locale="kk-KZ" theme="dark"></inclusion-kpi>`,
      `<inclusion-chart src="${FEED}" metric="people-with-disability" type="bar" theme="auto"></inclusion-chart>`,
      `<inclusion-map src="${FEED}" metric="people-with-disability" locale="ru"></inclusion-map>`,
      `<inclusion-table src="${FEED}" metric="people-with-disability" locale="en"></inclusion-table>`,
      `<inclusion-dashboard src="${FEED}"></inclusion-dashboard>`,
    ]) {
      const { element, errors } = await place(markup);
      expect(element.getAttribute('state'), markup).to.equal('ready');
      expect(errors, markup).to.deep.equal([]);
    }
    expect(warnings).to.deep.equal([]);
  });
});
