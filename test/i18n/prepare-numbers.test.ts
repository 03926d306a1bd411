/**
 * The first Intl object of a page is slow (ICU data); an element prepares its language's number formatter
 * while the page is idle, before it has anything to format. This file runs in a page of its own, so no
 * formatter exists yet when it starts.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import { cleanup } from '../support/dom.js';

const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0)));

describe('number formatters prepared while idle', () => {
  const created: string[] = [];
  const RealNumberFormat = Intl.NumberFormat;

  before(() => {
    // Counts constructions without changing what is built.
    Intl.NumberFormat = new Proxy(RealNumberFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        created.push(String(args[0]));
        return new target(...args);
      },
    });
  });

  after(() => {
    Intl.NumberFormat = RealNumberFormat;
    cleanup('inclusion-kpi');
  });

  it('an en tile with nothing to show yet has its formatter made once the page is idle', async () => {
    const tile = document.createElement('inclusion-kpi');
    tile.setAttribute('locale', 'en');
    document.body.append(tile);
    expect(created, 'not while connecting').to.deep.equal([]);
    await idle();
    expect(tile.getAttribute('state')).to.equal('loading');
    expect(created).to.deep.equal(['en-US']);
  });

  it('a kk tile needs none: Kazakh numbers are our own code', async () => {
    const tile = document.createElement('inclusion-kpi');
    tile.setAttribute('locale', 'kk');
    document.body.append(tile);
    await idle();
    expect(created).to.deep.equal(['en-US']);
  });
});
