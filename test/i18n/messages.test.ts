/**
 * The UI words: complete in every language, and the sentences that take arguments read as a native reader
 * says them.
 */
import { expect } from '@esm-bundle/chai';
import { formatPeriod, formatQualified, formatValue, messages, type ErrorKind } from '../../src/i18n/index.js';
import { errorMessages } from '../../src/i18n/error-messages.js';
import { extrasMessages } from '../../src/i18n/extras-messages.js';

const NB = '\u00a0';
const LOCALES = ['kk', 'ru', 'en'] as const;
const KINDS: readonly ErrorKind[] = ['network', 'http', 'parse', 'schema', 'metric', 'url'];

describe('messages', () => {
  it('says the fixed words', () => {
    expect(messages('kk')).to.deep.include({ noData: 'дерек жоқ', source: 'Дереккөзі' });
    expect(messages('ru')).to.deep.include({ noData: 'нет данных', source: 'Источник' });
    expect(messages('en')).to.deep.include({ noData: 'no data', source: 'Source' });
    expect(messages('kk').status).to.deep.equal({ provisional: 'алдын ала деректер', estimate: 'бағалау' });
    expect(messages('ru').status).to.deep.equal({ provisional: 'предварительные данные', estimate: 'оценка' });
    expect(messages('en').status).to.deep.equal({ provisional: 'provisional', estimate: 'estimate' });
  });

  it('has every word in every language, and no two languages share a sentence', () => {
    for (const locale of LOCALES) {
      const text = messages(locale);
      for (const word of [
        text.loading,
        text.noData,
        text.source,
        text.updated,
        text.status.provisional,
        text.status.estimate,
      ]) {
        expect(word.trim(), locale).not.to.equal('');
      }
      expect(Object.keys(text.languageNames).sort()).to.deep.equal(['en', 'kk', 'ru']);
    }
    expect(messages('kk').loading).not.to.equal(messages('ru').loading);
    expect(messages('ru').loading).not.to.equal(messages('en').loading);
  });

  it('has a short error for every kind in every language, saying what the reader can do', () => {
    const action: Record<(typeof LOCALES)[number], RegExp> = {
      kk: /тексеріп|жаңартыңыз|қайталап|хабарлаңыз/,
      ru: /Проверьте|обновите|Попробуйте|Сообщите/,
      en: /Check|reload|try again|tell/,
    };
    for (const locale of LOCALES) {
      const seen = new Set<string>();
      for (const kind of KINDS) {
        const text = errorMessages(locale).errors[kind];
        expect(text.length, `${locale} ${kind}`).to.be.within(20, 160);
        expect(text, `${locale} ${kind}`).to.match(action[locale]);
        seen.add(text);
      }
      expect(seen.size, locale).to.equal(KINDS.length);
    }
    expect(errorMessages('ru').errors.network).to.equal(
      'Данные недоступны: нет связи с сервером. Проверьте подключение и обновите страницу.',
    );
  });

  it('says progress to a target', () => {
    const percent = (locale: (typeof LOCALES)[number]): string => formatValue(72, 'percent', locale);
    expect(extrasMessages('ru').targetProgress(percent('ru'), '500', formatPeriod('2026', 'ru'))).to.equal(
      `72${NB}% от цели 500 (2026 г.)`,
    );
    expect(extrasMessages('en').targetProgress(percent('en'), '500')).to.equal('72% of the 500 target');
    expect(extrasMessages('en').targetProgress(percent('en'), '500', formatPeriod('2026', 'en'))).to.equal(
      '72% of the 500 target (2026)',
    );
    expect(extrasMessages('kk').targetProgress(percent('kk'), '500', formatPeriod('2026', 'kk'))).to.equal(
      'Мақсат 500 (2026 ж.): 72% орындалды',
    );
    expect(extrasMessages('ru').targetProgress(formatQualified(72, 'more-than', 'percent', 'ru'), '500')).to.equal(
      `более 72${NB}% от цели 500`,
    );
  });

  it('says when the figures were published and what moment they describe', () => {
    expect(messages('ru').published(formatPeriod('2025-11-19', 'ru'))).to.equal('опубликовано 19 ноября 2025 г.');
    expect(messages('en').published(formatPeriod('2025-11-19', 'en'))).to.equal('published 19 November 2025');
    expect(messages('kk').published(formatPeriod('2025-11-19', 'kk'))).to.equal('жарияланды: 2025 ж. 19 қараша');
    expect(messages('ru').asOf(formatPeriod('2025-11-19', 'ru'))).to.equal('по состоянию на 19 ноября 2025 г.');
    expect(messages('en').asOf(formatPeriod('2025-11-19', 'en'))).to.equal('as of 19 November 2025');
    expect(messages('kk').asOf(formatPeriod('2025-11-19', 'kk'))).to.equal('2025 ж. 19 қараша жағдай бойынша');
  });

  it('says a failed refresh and the time of the figures still shown', () => {
    expect(errorMessages('ru').stale('14:05')).to.equal('Не удалось обновить данные; показаны данные на 14:05.');
    expect(errorMessages('en').stale('14:05')).to.equal('Could not refresh; showing data as of 14:05.');
    expect(errorMessages('kk').stale('14:05')).to.contain('14:05');
  });

  it('names the languages in each language', () => {
    expect(messages('kk').languageNames).to.deep.equal({ kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' });
    expect(messages('ru').languageNames).to.deep.equal({ kk: 'казахский', ru: 'русский', en: 'английский' });
    expect(messages('en').languageNames).to.deep.equal({ kk: 'Kazakh', ru: 'Russian', en: 'English' });
  });
});
