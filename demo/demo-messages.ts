/** The demo page's own words in the three languages (the widgets carry theirs). */
import type { Locale } from '../src/i18n/locale.js';

export const DEMO_UI: Record<Locale, Record<string, string>> = {
  kk: {
    skip: 'Мазмұнға өту', portal: 'Әлеуметтік инклюзия статистикасы',
    tagline: 'Жарияланған деректер: мүгедектігі бар адамдарды жұмыспен қамту, жастар жобалары, гранттар',
    language: 'Тіл', theme: 'Тақырып', light: 'Жарық', dark: 'Қараңғы', auto: 'Жүйе', contents: 'Мазмұны',
    original: 'Мақала тілі',
    footer: 'Барлық сандар әр бөлімнің басында аталған мақалалардан, мақаладағыдай алынған.',
    failed: 'Деректер тізімін жүктеу мүмкін болмады.',
    builder: 'Ендіру кодын құрастыру', editor: 'Деректер редакторы', embed: 'Бөлек беттегі виджет',
  },
  ru: {
    skip: 'Перейти к содержанию', portal: 'Статистика социальной инклюзии',
    tagline: 'Опубликованные данные: занятость людей с инвалидностью, молодёжные проекты, гранты',
    language: 'Язык', theme: 'Тема', light: 'Светлая', dark: 'Тёмная', auto: 'Системная', contents: 'Содержание',
    original: 'Язык статьи',
    footer: 'Все цифры — из статей, названных в начале каждого раздела, и записаны как в статье.',
    failed: 'Не удалось загрузить список данных.',
    builder: 'Конструктор кода для вставки', editor: 'Редактор данных', embed: 'Виджет на отдельной странице',
  },
  en: {
    skip: 'Skip to content', portal: 'Social inclusion statistics',
    tagline: 'Published figures: employment of people with disabilities, youth projects, grants',
    language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', auto: 'System', contents: 'Contents',
    original: 'Article language',
    footer: 'Every figure comes from the article named at the top of its section, as the article wrote it.',
    failed: 'The list of feeds could not be loaded.',
    builder: 'Embed code builder', editor: 'Feed editor', embed: 'A widget on its own page',
  },
};

export const DEMO_LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  kk: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
  ru: { kk: 'казахский', ru: 'русский', en: 'английский' },
  en: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};
