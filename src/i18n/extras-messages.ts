/**
 * The words of a tile's optional parts (change, previous figure, target, trend), in the three languages:
 * loaded with them (src/elements/kpi/kpi-extras.ts) only for a metric that has one.
 */
import type { Locale } from './locale.js';
import type { TrendDirection } from './messages.js';

export interface ExtrasMessages {
  /** "61 % от цели 100 (2026 г.)" */
  targetProgress(percentText: string, targetText: string, targetPeriodText?: string): string;
  /** Sparkline in words: "рост с 2022 г." */
  trend(direction: TrendDirection, fromText: string, toText: string): string;
  /** An earlier figure said plainly, when no honest percentage change exists. */
  previousValue(valueText: string, periodText?: string): string;
}

const kk: ExtrasMessages = {
  targetProgress: (percent, target, period) => `Мақсат ${target}${period ? ` (${period})` : ''}: ${percent} орындалды`,
  trend: (direction, from, to) => `${from} – ${to}: ${{ up: 'өсу', down: 'төмендеу', same: 'өзгеріссіз' }[direction]}`,
  previousValue: (value, period) => `Бұрын${period ? ` (${period})` : ''}: ${value}`,
};

const ru: ExtrasMessages = {
  targetProgress: (percent, target, period) => `${percent} от цели ${target}${period ? ` (${period})` : ''}`,
  trend: (direction, from) => `${{ up: 'рост', down: 'снижение', same: 'без изменений' }[direction]} с ${from}`,
  previousValue: (value, period) => `Ранее${period ? ` (${period})` : ''}: ${value}`,
};

const en: ExtrasMessages = {
  targetProgress: (percent, target, period) => `${percent} of the ${target} target${period ? ` (${period})` : ''}`,
  trend: (direction, from) => `${{ up: 'up', down: 'down', same: 'unchanged' }[direction]} since ${from}`,
  previousValue: (value, period) => `Previously${period ? ` (${period})` : ''}: ${value}`,
};

const CATALOGUE: Readonly<Record<Locale, ExtrasMessages>> = { kk, ru, en };

export function extrasMessages(locale: Locale): ExtrasMessages {
  return CATALOGUE[locale];
}
