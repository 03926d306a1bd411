/**
 * Every UI string the widgets show, in the three languages, as a native reader would say it.
 * What is said only when something goes wrong is in error-messages.ts, loaded only then.
 */
import type { Locale } from './locale.js';

export type TrendDirection = 'up' | 'down' | 'same';

export interface Messages {
  readonly loading: string;
  readonly noData: string;
  readonly source: string;
  /** A figure with no source, on a page that names the source of most others. */
  readonly sourceNotStated: string;
  readonly updated: string;
  /**
   * What an error alert says when the words of the error itself could not be loaded (the reader went offline):
   * short, and kept with every element, so an alert is never empty.
   */
  readonly offline: string;
  /** The button that loads again what did not load (a tile's change, target and trend; a chart's drawing). */
  readonly retry: string;
  readonly status: { readonly provisional: string; readonly estimate: string };
  /** The as-of line: when the source published the figure (`dateText` from formatPeriod). */
  published(dateText: string): string;
  /** What moment the figures describe: "по состоянию на 19 ноября 2025 г." (`periodText` from formatPeriod). */
  asOf(periodText: string): string;
  /** Each language named in this one, to say which language a fallback text is in. */
  readonly languageNames: Readonly<Record<Locale, string>>;
}

const kk: Messages = {
  loading: 'Деректер жүктелуде…',
  noData: 'дерек жоқ',
  source: 'Дереккөзі',
  sourceNotStated: 'Дереккөзі көрсетілмеген',
  updated: 'Деректер жаңартылды',
  offline: 'Жүктелмеді.',
  retry: 'Қайталау',
  status: { provisional: 'алдын ала деректер', estimate: 'бағалау' },
  // A colon, not a case ending: the text may be a year ("2025 ж.") or a date, and only a date would take "-да".
  published: (date) => `жарияланды: ${date}`,
  asOf: (period) => `${period} жағдай бойынша`,
  languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
};

const ru: Messages = {
  loading: 'Загрузка данных…',
  noData: 'нет данных',
  source: 'Источник',
  sourceNotStated: 'Источник не указан',
  updated: 'Данные обновлены',
  offline: 'Не удалось загрузить.',
  retry: 'Повторить',
  status: { provisional: 'предварительные данные', estimate: 'оценка' },
  published: (date) => `опубликовано ${date}`,
  asOf: (period) => `по состоянию на ${period}`,
  languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
};

const en: Messages = {
  loading: 'Loading data…',
  noData: 'no data',
  source: 'Source',
  sourceNotStated: 'Source not stated',
  updated: 'Data updated',
  offline: 'Could not load.',
  retry: 'Try again',
  status: { provisional: 'provisional', estimate: 'estimate' },
  published: (date) => `published ${date}`,
  asOf: (period) => `as of ${period}`,
  languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};

const CATALOGUE: Readonly<Record<Locale, Messages>> = { kk, ru, en };

export function messages(locale: Locale): Messages {
  return CATALOGUE[locale];
}
