/**
 * Every UI string the widgets show, in the three languages, as a native reader would say it.
 * What is said only when something goes wrong is in error-messages.ts, loaded only then.
 */
import type { Locale } from './locale.js';
import { formatPeriodSince } from './period.js';

export type TrendDirection = 'up' | 'down' | 'same';

export interface Messages {
  readonly loading: string;
  readonly noData: string;
  readonly source: string;
  /** A figure with no source, on a page that names the source of most others. */
  readonly sourceNotStated: string;
  readonly updated: string;
  readonly status: { readonly provisional: string; readonly estimate: string };
  /** "61 % от цели 100 (2026 г.)" */
  targetProgress(percentText: string, targetText: string, targetPeriodText?: string): string;
  /** Sparkline in words: "рост с 2022 г." */
  trend(direction: TrendDirection, fromText: string, toText: string): string;
  /** An earlier figure said plainly, when no honest percentage change exists. */
  previousValue(valueText: string, periodText?: string): string;
  /** The as-of line: when the source published the figure (`dateText` from formatPeriod). */
  published(dateText: string): string;
  /** What moment the figures describe: "по состоянию на 19 ноября 2025 г." (`periodText` from formatPeriod). */
  asOf(periodText: string): string;
  /**
   * A sparkline in words: "рост с 2022 года", "2022 жылдан бері өсу", "up since 2022". `period` is the
   * series' first ISO 8601 period (the case it needs depends on its shape); formatted text also works.
   */
  trendSince(period: string, direction: TrendDirection): string;
  /** Each language named in this one, to say which language a fallback text is in. */
  readonly languageNames: Readonly<Record<Locale, string>>;
}

const kk: Messages = {
  loading: 'Деректер жүктелуде…',
  noData: 'дерек жоқ',
  source: 'Дереккөзі',
  sourceNotStated: 'Дереккөзі көрсетілмеген',
  updated: 'Деректер жаңартылды',
  status: { provisional: 'алдын ала деректер', estimate: 'бағалау' },
  targetProgress: (percent, target, period) => `Мақсат ${target}${period ? ` (${period})` : ''}: ${percent} орындалды`,
  trend: (direction, from, to) => `${from} – ${to}: ${{ up: 'өсу', down: 'төмендеу', same: 'өзгеріссіз' }[direction]}`,
  previousValue: (value, period) => `Бұрын${period ? ` (${period})` : ''}: ${value}`,
  // A colon, not a case ending: the text may be a year ("2025 ж.") or a date, and only a date would take "-да".
  published: (date) => `жарияланды: ${date}`,
  asOf: (period) => `${period} жағдай бойынша`,
  trendSince: (period, direction) =>
    `${formatPeriodSince(period, 'kk')} ${{ up: 'өсу', down: 'төмендеу', same: 'өзгеріссіз' }[direction]}`,
  languageNames: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
};

const ru: Messages = {
  loading: 'Загрузка данных…',
  noData: 'нет данных',
  source: 'Источник',
  sourceNotStated: 'Источник не указан',
  updated: 'Данные обновлены',
  status: { provisional: 'предварительные данные', estimate: 'оценка' },
  targetProgress: (percent, target, period) => `${percent} от цели ${target}${period ? ` (${period})` : ''}`,
  trend: (direction, from) => `${{ up: 'рост', down: 'снижение', same: 'без изменений' }[direction]} с ${from}`,
  previousValue: (value, period) => `Ранее${period ? ` (${period})` : ''}: ${value}`,
  published: (date) => `опубликовано ${date}`,
  asOf: (period) => `по состоянию на ${period}`,
  trendSince: (period, direction) =>
    `${{ up: 'рост', down: 'снижение', same: 'без изменений' }[direction]} ${formatPeriodSince(period, 'ru')}`,
  languageNames: { kk: 'казахский', ru: 'русский', en: 'английский' },
};

const en: Messages = {
  loading: 'Loading data…',
  noData: 'no data',
  source: 'Source',
  sourceNotStated: 'Source not stated',
  updated: 'Data updated',
  status: { provisional: 'provisional', estimate: 'estimate' },
  targetProgress: (percent, target, period) => `${percent} of the ${target} target${period ? ` (${period})` : ''}`,
  trend: (direction, from) => `${{ up: 'up', down: 'down', same: 'unchanged' }[direction]} since ${from}`,
  previousValue: (value, period) => `Previously${period ? ` (${period})` : ''}: ${value}`,
  published: (date) => `published ${date}`,
  asOf: (period) => `as of ${period}`,
  trendSince: (period, direction) =>
    `${{ up: 'up', down: 'down', same: 'unchanged' }[direction]} ${formatPeriodSince(period, 'en')}`,
  languageNames: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};

const CATALOGUE: Readonly<Record<Locale, Messages>> = { kk, ru, en };

export function messages(locale: Locale): Messages {
  return CATALOGUE[locale];
}
