/** The feed editor's own words, in kk, ru and en (the converter's problems are worded in src/csv-feed). */
import type { Locale } from '../src/i18n/locale.js';

export const EDITOR_TEXT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  kk: {
    title: 'Деректер редакторы',
    intro:
      'Excel немесе Google Sheets кестесін қойыңыз — тексерілген деректер жинағын (JSON) және ендіру кодын алыңыз.',
    back: 'Панельдерге оралу',
    builder: 'Ендіру құрастырушысы',
    interface: 'Интерфейс',
    privacy: 'Бәрі осы бетте өңделеді: кесте де, деректер де ешқайда жіберілмейді.',
    tableTitle: '1. Кесте',
    tableHelp:
      'Әр сан — бір жол. Excel немесе Google Sheets-тен көшіріп, осында қойыңыз немесе CSV файлын ' +
      'ашыңыз. Бағандар: metric, label (немесе label:kk, label:ru, label:en), value, qualifier, unit, ' +
      'format, period, region, status, note, target.',
    openFile: 'CSV файлын ашу',
    example: 'Мысал',
    exampleNone: '—',
    tableLabel: 'Кесте (TSV немесе CSV)',
    detailsTitle: '2. Деректер жинағы туралы',
    id: 'Идентификатор',
    titleKk: 'Атауы (қазақша)',
    titleRu: 'Атауы (орысша)',
    titleEn: 'Атауы (ағылшынша)',
    sourceName: 'Дереккөз',
    sourceUrl: 'Дереккөз сілтемесі',
    published: 'Жарияланған күні',
    period: 'Кезең',
    problemsTitle: '3. Тексеру',
    empty: 'Кестені қойыңыз немесе файл ашыңыз.',
    valid: 'Қате жоқ: {metrics} көрсеткіш.',
    invalid: '{count} мәселе табылды. Әрқайсысы өз жолы мен бағанының жанында көрсетілген.',
    row: '{row}-жол',
    column: '«{column}» бағаны',
    resultTitle: '4. Нәтиже',
    previewLanguage: 'Алдын ала қарау тілі',
    download: 'JSON жүктеп алу',
    copySnippet: 'Ендіру кодын көшіру',
    copied: 'Көшірілді.',
    selected: 'Белгіленді: Ctrl+C басыңыз.',
    bundleMissing:
      'Бұл сервер dist/inclusion-widgets.js файлын бермейді: кодтағы мекенжай жұмыс істеуі үшін алдымен ' +
      'npm run build орындаңыз немесе оны dist/ орналасқан мекенжайға ауыстырыңыз.',
  },
  ru: {
    title: 'Редактор лент',
    intro: 'Вставьте таблицу из Excel или Google Sheets — получите проверенную ленту (JSON) и код для встраивания.',
    back: 'К панелям',
    builder: 'Конструктор встраивания',
    interface: 'Интерфейс',
    privacy: 'Всё обрабатывается на этой странице: ни таблица, ни лента никуда не отправляются.',
    tableTitle: '1. Таблица',
    tableHelp:
      'Одна строка — одна цифра. Скопируйте таблицу из Excel или Google Sheets и вставьте сюда или ' +
      'откройте CSV-файл. Столбцы: metric, label (или label:kk, label:ru, label:en), value, qualifier, ' +
      'unit, format, period, region, status, note, target.',
    openFile: 'Открыть CSV-файл',
    example: 'Пример',
    exampleNone: '—',
    tableLabel: 'Таблица (TSV или CSV)',
    detailsTitle: '2. О ленте',
    id: 'Идентификатор',
    titleKk: 'Название (казахский)',
    titleRu: 'Название (русский)',
    titleEn: 'Название (английский)',
    sourceName: 'Источник',
    sourceUrl: 'Ссылка на источник',
    published: 'Дата публикации',
    period: 'Период',
    problemsTitle: '3. Проверка',
    empty: 'Вставьте таблицу или откройте файл.',
    valid: 'Ошибок нет: показателей — {metrics}.',
    invalid: 'Найдено проблем: {count}. Каждая показана рядом со своей строкой и столбцом.',
    row: 'строка {row}',
    column: 'столбец «{column}»',
    resultTitle: '4. Результат',
    previewLanguage: 'Язык предпросмотра',
    download: 'Скачать JSON',
    copySnippet: 'Копировать код для встраивания',
    copied: 'Скопировано.',
    selected: 'Выделено: нажмите Ctrl+C.',
    bundleMissing:
      'Этот сервер не отдаёт dist/inclusion-widgets.js: чтобы адрес в коде работал, сначала выполните ' +
      'npm run build или замените его адресом, где размещена папка dist/.',
  },
  en: {
    title: 'Feed editor',
    intro: 'Paste a table from Excel or Google Sheets; get a checked feed (JSON) and an embed snippet.',
    back: 'Back to the dashboards',
    builder: 'Embed builder',
    interface: 'Interface',
    privacy: 'Everything happens in this page: neither the table nor the feed is sent anywhere.',
    tableTitle: '1. Table',
    tableHelp:
      'One row per figure. Copy the table from Excel or Google Sheets and paste it here, or open a CSV ' +
      'file. Columns: metric, label (or label:kk, label:ru, label:en), value, qualifier, unit, format, ' +
      'period, region, status, note, target.',
    openFile: 'Open a CSV file',
    example: 'Example',
    exampleNone: '—',
    tableLabel: 'Table (TSV or CSV)',
    detailsTitle: '2. About the feed',
    id: 'Id',
    titleKk: 'Title (Kazakh)',
    titleRu: 'Title (Russian)',
    titleEn: 'Title (English)',
    sourceName: 'Source',
    sourceUrl: 'Source link',
    published: 'Published on',
    period: 'Period',
    problemsTitle: '3. Check',
    empty: 'Paste a table or open a file.',
    valid: 'No problems: {metrics} metrics.',
    invalid: '{count} problems found. Each is shown next to its row and column.',
    row: 'row {row}',
    column: 'column "{column}"',
    resultTitle: '4. Result',
    previewLanguage: 'Preview language',
    download: 'Download the JSON',
    copySnippet: 'Copy the embed snippet',
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C.',
    bundleMissing:
      "This server does not serve dist/inclusion-widgets.js: for the snippet's address to work, " +
      'run npm run build first, or change it to where you host dist/.',
  },
};

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
