/**
 * The words of a tile's optional parts (change, previous figure, target, trend), in the three languages:
 * loaded with them (src/elements/kpi/kpi-extras.ts) only for a metric that has one.
 */
import type { Locale } from './locale.js';
import type { TrendDirection } from './messages.js';
import { formatPeriodSince } from './period-relative.js';

export interface ExtrasMessages {
  /** "61 % от цели 100 (2026 г.)" */
  targetProgress(percentText: string, targetText: string, targetPeriodText?: string): string;
  /** Sparkline in words: "рост с 2022 г." */
  trend(direction: TrendDirection, fromText: string, toText: string): string;
  /** An earlier figure said plainly, when no honest percentage change exists. */
  previousValue(valueText: string, periodText?: string): string;
  /**
   * A sparkline in words: "рост с 2022 года", "2022 жылдан бері өсу", "up since 2022". `period` is the
   * series' first ISO 8601 period (the case it needs depends on its shape); formatted text also works.
   */
  trendSince(period: string, direction: TrendDirection): string;
}

const kk: ExtrasMessages = {
  targetProgress: (percent, target, period) => `Мақсат ${target}${period ? ` (${period})` : ''}: ${percent} орындалды`,
  trend: (direction, from, to) => `${from} – ${to}: ${{ up: 'өсу', down: 'төмендеу', same: 'өзгеріссіз' }[direction]}`,
  previousValue: (value, period) => `Бұрын${period ? ` (${period})` : ''}: ${value}`,
  trendSince: (period, direction) =>
    `${formatPeriodSince(period, 'kk')} ${{ up: 'өсу', down: 'төмендеу', same: 'өзгеріссіз' }[direction]}`,
};

const ru: ExtrasMessages = {
  targetProgress: (percent, target, period) => `${percent} от цели ${target}${period ? ` (${period})` : ''}`,
  trend: (direction, from) => `${{ up: 'рост', down: 'снижение', same: 'без изменений' }[direction]} с ${from}`,
  previousValue: (value, period) => `Ранее${period ? ` (${period})` : ''}: ${value}`,
  trendSince: (period, direction) =>
    `${{ up: 'рост', down: 'снижение', same: 'без изменений' }[direction]} ${formatPeriodSince(period, 'ru')}`,
};

const en: ExtrasMessages = {
  targetProgress: (percent, target, period) => `${percent} of the ${target} target${period ? ` (${period})` : ''}`,
  trend: (direction, from) => `${{ up: 'up', down: 'down', same: 'unchanged' }[direction]} since ${from}`,
  previousValue: (value, period) => `Previously${period ? ` (${period})` : ''}: ${value}`,
  trendSince: (period, direction) =>
    `${{ up: 'up', down: 'down', same: 'unchanged' }[direction]} ${formatPeriodSince(period, 'en')}`,
};

const CATALOGUE: Readonly<Record<Locale, ExtrasMessages>> = { kk, ru, en };

export function extrasMessages(locale: Locale): ExtrasMessages {
  return CATALOGUE[locale];
}
