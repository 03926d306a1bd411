/** Change against the previous period: direction, sentiment, the sentence in words and the signed short form. */
import { expect } from '@esm-bundle/chai';
import { describeChange, type ChangeArgs } from '../../src/i18n/index.js';

const NB = '\u00a0';
const MINUS = '\u2212';
const UP: ChangeArgs = { value: 61, previous: 50, previousPeriod: '2024', format: 'number', polarity: 'up-is-good' };
const DOWN: ChangeArgs = { value: 88, previous: 100, previousPeriod: '2024', format: 'number', polarity: 'up-is-good' };

describe('describeChange', () => {
  it('says a rise in each language', () => {
    expect(describeChange(UP, 'ru')).to.deep.equal({
      direction: 'up',
      sentiment: 'good',
      text: `на 22${NB}% больше, чем в 2024 году`,
      short: `+22${NB}%`,
    });
    expect(describeChange(UP, 'en')).to.deep.equal({
      direction: 'up',
      sentiment: 'good',
      text: '22% more than in 2024',
      short: '+22%',
    });
    expect(describeChange(UP, 'kk')).to.deep.equal({
      direction: 'up',
      sentiment: 'good',
      text: '2024 жылмен салыстырғанда 22%-ға көп',
      short: '+22%',
    });
  });

  it('says a fall in each language, with a real minus sign', () => {
    expect(describeChange(DOWN, 'ru')).to.deep.equal({
      direction: 'down',
      sentiment: 'bad',
      text: `на 12${NB}% меньше, чем в 2024 году`,
      short: `${MINUS}12${NB}%`,
    });
    expect(describeChange(DOWN, 'en')).to.deep.equal({
      direction: 'down',
      sentiment: 'bad',
      text: '12% less than in 2024',
      short: `${MINUS}12%`,
    });
    expect(describeChange(DOWN, 'kk')).to.deep.equal({
      direction: 'down',
      sentiment: 'bad',
      text: '2024 жылмен салыстырғанда 12%-ға аз',
      short: `${MINUS}12%`,
    });
  });

  it('takes its sentiment from the polarity', () => {
    const sentiment = (args: ChangeArgs, polarity: ChangeArgs['polarity']): string =>
      describeChange({ ...args, polarity }, 'en').sentiment;
    expect(sentiment(UP, 'up-is-good')).to.equal('good');
    expect(sentiment(UP, 'down-is-good')).to.equal('bad');
    expect(sentiment(UP, 'neutral')).to.equal('neutral');
    expect(sentiment(DOWN, 'up-is-good')).to.equal('bad');
    expect(sentiment(DOWN, 'down-is-good')).to.equal('good');
    expect(sentiment(DOWN, 'neutral')).to.equal('neutral');
    for (const polarity of ['up-is-good', 'down-is-good', 'neutral'] as const) {
      expect(sentiment({ ...UP, value: 50 }, polarity), polarity).to.equal('neutral');
    }
  });

  it('says the previous period when none is named', () => {
    const { previousPeriod: _, ...unnamed } = UP;
    expect(describeChange(unnamed, 'ru').text).to.equal(`на 22${NB}% больше, чем в предыдущем периоде`);
    expect(describeChange(unnamed, 'en').text).to.equal('22% more than in the previous period');
    expect(describeChange(unnamed, 'kk').text).to.equal('алдыңғы кезеңмен салыстырғанда 22%-ға көп');
  });

  it('names the previous period in its shape', () => {
    const march = { ...UP, previousPeriod: '2024-03' };
    expect(describeChange(march, 'ru').text).to.equal(`на 22${NB}% больше, чем в марте 2024 г.`);
    expect(describeChange(march, 'en').text).to.equal('22% more than in March 2024');
    expect(describeChange(march, 'kk').text).to.equal('2024 жылғы наурызбен салыстырғанда 22%-ға көп');
    const quarter = { ...UP, previousPeriod: '2025-Q2' };
    // "II" is read "втором": "во II квартале".
    expect(describeChange(quarter, 'ru').text).to.equal(`на 22${NB}% больше, чем во II квартале 2025 г.`);
    expect(describeChange(quarter, 'kk').text).to.equal('2025 жылғы II тоқсанмен салыстырғанда 22%-ға көп');
  });

  it('keeps one decimal under 10 % and none above', () => {
    expect(describeChange({ ...UP, value: 104.44, previous: 100 }, 'ru').short).to.equal(`+4,4${NB}%`);
    expect(describeChange({ ...UP, value: 104.44, previous: 100 }, 'en').text).to.equal('4.4% more than in 2024');
    expect(describeChange({ ...UP, value: 104.44, previous: 100 }, 'kk').text).to.equal(
      '2024 жылмен салыстырғанда 4,4%-ға көп',
    );
    expect(describeChange({ ...UP, value: 119.4, previous: 100 }, 'en').short).to.equal('+19%');
  });

  it('changes percentages in percentage points', () => {
    const share: ChangeArgs = { ...UP, value: 70, previous: 65, format: 'percent' };
    expect(describeChange(share, 'ru')).to.deep.include({
      text: `на 5${NB}п.${NB}п. больше, чем в 2024 году`,
      short: `+5${NB}п.${NB}п.`,
    });
    expect(describeChange(share, 'en')).to.deep.include({
      text: '5 percentage points more than in 2024',
      short: `+5${NB}pp`,
    });
    expect(describeChange(share, 'kk')).to.deep.include({
      text: '2024 жылмен салыстырғанда 5 пайыздық тармаққа артық',
      short: `+5${NB}п.т.`,
    });
    expect(describeChange({ ...share, value: 64 }, 'en').text).to.equal('1 percentage point less than in 2024');
    expect(describeChange({ ...share, value: 62.5 }, 'kk').text).to.equal(
      '2024 жылмен салыстырғанда 2,5 пайыздық тармаққа кем',
    );
  });

  it('says the absolute difference from zero, never Infinity', () => {
    const fromZero: ChangeArgs = { ...UP, value: 11, previous: 0 };
    expect(describeChange(fromZero, 'ru')).to.deep.include({
      direction: 'up',
      text: 'на 11 больше, чем в 2024 году',
      short: '+11',
    });
    expect(describeChange(fromZero, 'en')).to.deep.include({ text: '11 more than in 2024', short: '+11' });
    expect(describeChange(fromZero, 'kk')).to.deep.include({
      text: '2024 жылмен салыстырғанда 11-ге көп',
      short: '+11',
    });
    expect(describeChange({ ...fromZero, value: -5 }, 'en')).to.deep.include({
      direction: 'down',
      text: '5 fewer than in 2024',
      short: `${MINUS}5`,
    });
    const tenge: ChangeArgs = { ...fromZero, value: 1_500_000, format: 'currency:KZT' };
    expect(describeChange(tenge, 'en')).to.deep.include({ text: '₸1,500,000 more than in 2024', short: '+₸1.5M' });
    expect(describeChange(tenge, 'ru').short).to.equal(`+1,5${NB}млн${NB}₸`);
    expect(describeChange(tenge, 'kk').text).to.equal(`2024 жылмен салыстырғанда 1${NB}500${NB}000${NB}теңгеге көп`);
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const { text, short } = describeChange(fromZero, locale);
      expect(`${text} ${short}`).not.to.match(/Infinity|∞|NaN/);
    }
  });

  it('says no change plainly, without a sign', () => {
    const same: ChangeArgs = { ...UP, value: 50 };
    expect(describeChange(same, 'ru')).to.deep.equal({
      direction: 'same',
      sentiment: 'neutral',
      text: 'столько же, сколько в 2024 году',
      short: `0${NB}%`,
    });
    expect(describeChange(same, 'en')).to.deep.include({ text: 'the same as in 2024', short: '0%' });
    expect(describeChange(same, 'kk')).to.deep.include({ text: '2024 жылмен салыстырғанда өзгеріс жоқ', short: '0%' });
    expect(describeChange({ ...same, value: 0, previous: 0 }, 'en')).to.deep.include({ direction: 'same', short: '0' });
  });
});
