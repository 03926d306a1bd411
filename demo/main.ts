/**
 * The demo page: every seed feed as a section of KPI tiles, with a language and a theme switch.
 * Feed text is placed with textContent only: the demo follows the same rules as the library.
 */
import '../src/index.js';
import { localize, localizeOptional } from '../src/feed/localize.js';
import type { LocalizedString } from '../src/feed/schema.js';
import { formatPeriod } from '../src/i18n/index.js';
import type { Locale } from '../src/i18n/locale.js';
import type { Theme } from '../src/elements/shared/feed-element-properties.js';

interface IndexEntry {
  readonly file: string;
  readonly id: string;
  readonly title: LocalizedString;
  readonly lang: Locale;
}

interface FeedSummary {
  readonly id?: string;
  readonly title: LocalizedString;
  readonly description?: LocalizedString;
  readonly period?: string;
  readonly source?: { readonly name: LocalizedString; readonly published?: string; readonly author?: LocalizedString };
  readonly metrics: readonly { readonly id: string; readonly breakdown?: readonly { readonly key: string }[] }[];
}

const UI: Record<Locale, Record<string, string>> = {
  kk: {
    skip: 'Мазмұнға өту', portal: 'Әлеуметтік инклюзия статистикасы',
    tagline: 'Жарияланған деректер: мүгедектігі бар адамдарды жұмыспен қамту, жастар жобалары, гранттар',
    language: 'Тіл', theme: 'Тақырып', light: 'Жарық', dark: 'Қараңғы', auto: 'Жүйе', contents: 'Мазмұны',
    source: 'Дереккөзі', published: 'Жарияланған күні', period: 'Кезең', original: 'Мақала тілі', notStated: 'көрсетілмеген',
    footer: 'Барлық сандар жарияланған мақалалардан алынған; әр көрсеткіштің дереккөзі мен түпнұсқа сөйлемі data/SOURCES.md файлында.',
    failed: 'Деректер тізімін жүктеу мүмкін болмады.',
  },
  ru: {
    skip: 'Перейти к содержанию', portal: 'Статистика социальной инклюзии',
    tagline: 'Опубликованные данные: занятость людей с инвалидностью, молодёжные проекты, гранты',
    language: 'Язык', theme: 'Тема', light: 'Светлая', dark: 'Тёмная', auto: 'Системная', contents: 'Содержание',
    source: 'Источник', published: 'Дата публикации', period: 'Период', original: 'Язык статьи', notStated: 'не указано',
    footer: 'Все цифры взяты из опубликованных статей; источник и исходное предложение каждого показателя — в data/SOURCES.md.',
    failed: 'Не удалось загрузить список данных.',
  },
  en: {
    skip: 'Skip to content', portal: 'Social inclusion statistics',
    tagline: 'Published figures: employment of people with disabilities, youth projects, grants',
    language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', auto: 'System', contents: 'Contents',
    source: 'Source', published: 'Published', period: 'Period', original: 'Article language', notStated: 'not stated',
    footer: 'Every figure comes from a published article; the source and original sentence of each are in data/SOURCES.md.',
    failed: 'The list of feeds could not be loaded.',
  },
};

const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  kk: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
  ru: { kk: 'казахский', ru: 'русский', en: 'английский' },
  en: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};

const params = new URLSearchParams(location.search);
let locale: Locale = (['kk', 'ru', 'en'] as const).find((l) => l === params.get('lang')) ?? 'kk';
let theme: Theme = (['light', 'dark', 'auto'] as const).find((t) => t === params.get('theme')) ?? 'light';
let sections: { entry: IndexEntry; feed: FeedSummary; heading: HTMLElement; meta: HTMLElement; description: HTMLElement; tocLink: HTMLAnchorElement }[] = [];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setText(node: HTMLElement, value: LocalizedString | undefined): void {
  const text = localizeOptional(value, locale);
  node.textContent = text?.text ?? '';
  if (text?.lang && text.lang !== locale) node.lang = text.lang;
  else node.removeAttribute('lang');
}

function metaLine(entry: IndexEntry, feed: FeedSummary): string {
  const ui = UI[locale];
  const parts = [
    `${ui.source}: ${feed.source ? localize(feed.source.name, locale).text : ui.notStated}`,
    `${ui.published}: ${feed.source?.published ? formatPeriod(feed.source.published, locale) : ui.notStated}`,
  ];
  if (feed.period) parts.push(`${ui.period}: ${formatPeriod(feed.period, locale)}`);
  parts.push(`${ui.original}: ${LANGUAGE_NAMES[locale][entry.lang]}`);
  return parts.join(' · ');
}

function applyLocale(): void {
  document.documentElement.lang = locale;
  const ui = UI[locale];
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    node.textContent = ui[node.dataset.i18n ?? ''] ?? node.textContent;
  });
  document.title = `${ui.portal} · inclusion-widgets`;
  document.querySelectorAll<HTMLButtonElement>('[data-locale]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.locale === locale)));
  for (const section of sections) {
    setText(section.heading, section.feed.title);
    setText(section.description, section.feed.description);
    section.meta.textContent = metaLine(section.entry, section.feed);
    setText(section.tocLink, section.entry.title);
  }
}

function applyTheme(): void {
  document.documentElement.dataset.theme = theme;
  document.querySelectorAll('inclusion-kpi, inclusion-map').forEach((widget) => widget.setAttribute('theme', theme));
  document.querySelectorAll<HTMLButtonElement>('[data-theme]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.theme === theme)));
}

function remember(): void {
  const url = new URL(location.href);
  url.searchParams.set('lang', locale);
  url.searchParams.set('theme', theme);
  history.replaceState(null, '', url);
}

async function build(): Promise<void> {
  const main = document.getElementById('content')!;
  const toc = document.getElementById('toc')!;
  try {
    const index = (await (await fetch('/data/index.json')).json()) as IndexEntry[];
    const feeds = await Promise.all(index.map(async (entry) => (await (await fetch(`/data/${entry.file}`)).json()) as FeedSummary));
    sections = index.map((entry, i) => {
      const feed = feeds[i]!;
      const section = element('section', 'feed');
      section.id = entry.id;
      section.setAttribute('aria-labelledby', `${entry.id}-title`);
      const heading = element('h2');
      heading.id = `${entry.id}-title`;
      const meta = element('p', 'feed-meta');
      const description = element('p', 'feed-description');
      const grid = element('div', 'tiles');
      for (const metric of feed.metrics) {
        const tile = document.createElement('inclusion-kpi');
        tile.setAttribute('src', `/data/${entry.file}`);
        tile.setAttribute('metric', metric.id);
        tile.setAttribute('theme', theme);
        grid.append(tile);
      }
      section.append(heading, meta, description, grid);
      // The regional view: only metrics whose article attributes figures to named regions.
      for (const metric of feed.metrics) {
        if (!metric.breakdown?.some((item) => /^KZ-\d\d$/.test(item.key))) continue;
        const map = document.createElement('inclusion-map');
        map.setAttribute('src', `/data/${entry.file}`);
        map.setAttribute('metric', metric.id);
        map.setAttribute('theme', theme);
        const holder = element('div', 'regional');
        holder.append(map);
        section.append(holder);
      }
      main.append(section);
      const item = element('li');
      const tocLink = element('a');
      tocLink.href = `#${entry.id}`;
      item.append(tocLink);
      toc.append(item);
      return { entry, feed, heading, meta, description, tocLink };
    });
  } catch {
    main.append(element('p', 'failed', UI[locale].failed));
  }
  applyLocale();
  applyTheme();
}

document.querySelectorAll<HTMLButtonElement>('[data-locale]').forEach((button) =>
  button.addEventListener('click', () => {
    locale = button.dataset.locale as Locale;
    applyLocale();
    remember();
  }),
);
document.querySelectorAll<HTMLButtonElement>('[data-theme]').forEach((button) =>
  button.addEventListener('click', () => {
    theme = button.dataset.theme as Theme;
    applyTheme();
    remember();
  }),
);

void build();
