import { expect } from '@esm-bundle/chai';
import { toLocale } from '../src/i18n/locale.js';

describe('toLocale', () => {
  it('maps regional tags to our locales and other languages to English', () => {
    expect(toLocale('kk-KZ')).to.equal('kk');
    expect(toLocale('ru_KZ')).to.equal('ru');
    expect(toLocale('RU')).to.equal('ru');
    expect(toLocale('de-DE')).to.equal('en');
    expect(toLocale('')).to.equal(undefined);
    expect(toLocale(null)).to.equal(undefined);
  });
});
