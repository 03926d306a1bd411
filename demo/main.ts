/**
 * The demo page: every seed feed as an <inclusion-dashboard>, with a language and a theme switch.
 * Feed text is placed with textContent only: the demo follows the same rules as the library.
 */
import '../src/index.js';
import { localizeOptional } from '../src/feed/localize.js';
import type { LocalizedString } from '../src/feed/schema.js';
import type { Locale } from '../src/i18n/locale.js';
import type { Theme } from '../src/elements/shared/feed-element-properties.js';

interface IndexEntry {
  readonly file: string;
  readonly id: string;
  readonly title: LocalizedString;
  readonly lang: Locale;
}

const UI: Record<Locale, Record<string, string>> = {
  kk: {
    skip: 'Мазмұнға өту', portal: 'Әлеуметтік инклюзия статистикасы',
    tagline: 'Жарияланған деректер: мүгедектігі бар адамдарды жұмыспен қамту, жастар жобалары, гранттар',
    language: 'Тіл', theme: 'Тақырып', light: 'Жарық', dark: 'Қараңғы', auto: 'Жүйе', contents: 'Мазмұны',
    original: 'Мақала тілі',
    footer: 'Барлық сандар жарияланған мақалалардан алынған; әр көрсеткіштің дереккөзі мен түпнұсқа сөйлемі data/SOURCES.md файлында.',
    failed: 'Деректер тізімін жүктеу мүмкін болмады.',
    sources: 'әр сан мақаладағы сөйлеммен data/SOURCES.md файлында',
  },
  ru: {
    skip: 'Перейти к содержанию', portal: 'Статистика социальной инклюзии',
    tagline: 'Опубликованные данные: занятость людей с инвалидностью, молодёжные проекты, гранты',
    language: 'Язык', theme: 'Тема', light: 'Светлая', dark: 'Тёмная', auto: 'Системная', contents: 'Содержание',
    original: 'Язык статьи',
    footer: 'Все цифры взяты из опубликованных статей; источник и исходное предложение каждого показателя — в data/SOURCES.md.',
    failed: 'Не удалось загрузить список данных.',
    sources: 'каждая цифра с предложением из статьи — в data/SOURCES.md',
  },
  en: {
    skip: 'Skip to content', portal: 'Social inclusion statistics',
    tagline: 'Published figures: employment of people with disabilities, youth projects, grants',
    language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', auto: 'System', contents: 'Contents',
    original: 'Article language',
    footer: 'Every figure comes from a published article; the source and original sentence of each are in data/SOURCES.md.',
    failed: 'The list of feeds could not be loaded.',
    sources: 'every figure with its sentence from the article is in data/SOURCES.md',
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
let sections: { entry: IndexEntry; meta: HTMLElement; tocLink: HTMLAnchorElement }[] = [];

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

function applyLocale(): void {
  document.documentElement.lang = locale;
  const ui = UI[locale];
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    node.textContent = ui[node.dataset.i18n ?? ''] ?? node.textContent;
  });
  document.title = `${ui.portal} · inclusion-widgets`;
  document.querySelectorAll<HTMLButtonElement>('[data-locale]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.locale === locale)));
  for (const section of sections) {
    section.meta.textContent = `${UI[locale].original}: ${LANGUAGE_NAMES[locale][section.entry.lang]} · ${UI[locale].sources}`;
    setText(section.tocLink, section.entry.title);
  }
}

function applyTheme(): void {
  document.documentElement.dataset.theme = theme;
  document.querySelectorAll('inclusion-dashboard').forEach((widget) => widget.setAttribute('theme', theme));
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
    sections = index.map((entry) => {
      const section = element('section', 'feed');
      section.id = entry.id;
      // The dashboard writes the feed's own title (a level-2 heading), source, date and period.
      const dashboard = document.createElement('inclusion-dashboard');
      dashboard.setAttribute('src', `/data/${entry.file}`);
      dashboard.setAttribute('theme', theme);
      dashboard.setAttribute('heading-level', '2');
      const meta = element('p', 'feed-meta');
      section.append(dashboard, meta);
      main.append(section);
      const item = element('li');
      const tocLink = element('a');
      tocLink.href = `#${entry.id}`;
      item.append(tocLink);
      toc.append(item);
      return { entry, meta, tocLink };
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
