/** The embed builder's own words, in kk, ru and en. */
import type { Locale } from '../src/i18n/locale.js';
import type { ChartType } from '../src/elements/chart/chart-messages.js';
import type { ElementKind } from './element-kinds.js';

export interface BuilderText {
  readonly [key: string]: string;
}

export const BUILDER_TEXT: Readonly<Record<Locale, BuilderText>> = {
  kk: {
    title: 'Ендіру құрастырушысы',
    intro: 'Деректер жинағын, элементті және тілді таңдаңыз; кодты кез келген бетке немесе CMS-ке көшіріңіз.',
    back: 'Панельдерге оралу',
    editor: 'Деректер редакторы',
    interface: 'Интерфейс',
    feed: 'Деректер жинағы',
    element: 'Элемент',
    metric: 'Көрсеткіш',
    allMetrics: 'Барлық көрсеткіштер',
    chartType: 'Диаграмма түрі',
    locale: 'Виджет тілі',
    theme: 'Тақырып',
    preview: 'Алдын ала қарау',
    snippets: 'Ендіру коды',
    scriptTag: 'script тегі',
    iframe: 'iframe (тек iframe рұқсат етілген CMS үшін; биіктігін өзі реттейді)',
    copy: 'Көшіру',
    copied: 'Көшірілді.',
    selected: 'Белгіленді: көшіру үшін Ctrl+C басыңыз.',
    bundle: 'Жиналған бандлдың мекенжайы',
    bundleHelp:
      'npm run build орындап, dist/ қалтасын толығымен сайтыңызға көшіріңіз (бандл өз бөліктерін ' +
      'қасындағы файлдардан жүктейді); мұнда ондағы dist/inclusion-widgets.js мекенжайын жазыңыз.',
    bundleMissing:
      'Бұл сервер dist/inclusion-widgets.js файлын бермейді: алдымен npm run build орындаңыз немесе ' +
      'dist/ қалтасы орналасқан мекенжайды жазыңыз.',
    feedsHelp:
      'Кодтағы деректер мекенжайы — осы бет оны беретін мекенжай; деректер JSON файлын өз сайтыңызда ' +
      'жариялап, src мәнін ауыстырыңыз.',
    noData: 'бұл деректерде ол үшін мәлімет жоқ',
    light: 'Жарық',
    dark: 'Қараңғы',
    auto: 'Жүйе',
  },
  ru: {
    title: 'Конструктор встраивания',
    intro: 'Выберите ленту, элемент и язык; скопируйте код на любую страницу или в CMS.',
    back: 'К панелям',
    editor: 'Редактор лент',
    interface: 'Интерфейс',
    feed: 'Лента',
    element: 'Элемент',
    metric: 'Показатель',
    allMetrics: 'Все показатели',
    chartType: 'Тип диаграммы',
    locale: 'Язык виджета',
    theme: 'Тема',
    preview: 'Предпросмотр',
    snippets: 'Код для вставки',
    scriptTag: 'Тег script',
    iframe: 'iframe (для CMS, где разрешены только iframe; высота подстраивается сама)',
    copy: 'Копировать',
    copied: 'Скопировано.',
    selected: 'Выделено: нажмите Ctrl+C, чтобы скопировать.',
    bundle: 'Адрес собранного бандла',
    bundleHelp:
      'Выполните npm run build и скопируйте папку dist/ целиком на свой сайт (бандл загружает свои части ' +
      'из той же папки); здесь укажите адрес dist/inclusion-widgets.js на нём.',
    bundleMissing:
      'Этот сервер не отдаёт dist/inclusion-widgets.js: сначала выполните npm run build или укажите ' +
      'адрес, где размещена папка dist/.',
    feedsHelp:
      'Адрес ленты в коде — тот, по которому её отдаёт эта страница; опубликуйте JSON ленты на своём ' +
      'сайте и замените src.',
    noData: 'в этой ленте нет данных для него',
    light: 'Светлая',
    dark: 'Тёмная',
    auto: 'Системная',
  },
  en: {
    title: 'Embed builder',
    intro: 'Pick a feed, an element and a language; copy the snippet into any page or CMS.',
    back: 'Back to the dashboards',
    editor: 'Feed editor',
    interface: 'Interface',
    feed: 'Feed',
    element: 'Element',
    metric: 'Metric',
    allMetrics: 'All metrics',
    chartType: 'Chart type',
    locale: 'Widget language',
    theme: 'Theme',
    preview: 'Preview',
    snippets: 'Snippets',
    scriptTag: 'Script tag',
    iframe: 'iframe (for CMSs that allow only iframes; sizes itself)',
    copy: 'Copy',
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C to copy.',
    bundle: 'Address of the built bundle',
    bundleHelp:
      'Run npm run build and copy the whole dist/ folder to your site (the bundle loads its chunks from ' +
      'beside itself); put the address of dist/inclusion-widgets.js there.',
    bundleMissing:
      'This server does not serve dist/inclusion-widgets.js: run npm run build first, or enter the ' +
      'address where you host dist/.',
    feedsHelp:
      'The feed address in the snippet is where this page serves it; publish your feed JSON on your site ' +
      'and change src.',
    noData: 'no data for it in this feed',
    light: 'Light',
    dark: 'Dark',
    auto: 'System',
  },
};

export const ELEMENT_NAMES: Readonly<Record<Locale, Record<ElementKind, string>>> = {
  kk: { kpi: 'KPI тақтасы', dashboard: 'Панель', chart: 'Диаграмма', map: 'Карта', table: 'Кесте' },
  ru: { kpi: 'Плитка KPI', dashboard: 'Панель', chart: 'Диаграмма', map: 'Карта', table: 'Таблица' },
  en: { kpi: 'KPI tile', dashboard: 'Dashboard', chart: 'Chart', map: 'Map', table: 'Table' },
};

export const CHART_TYPE_NAMES: Readonly<Record<Locale, Record<ChartType, string>>> = {
  kk: {
    bar: 'көлденең жолақтар',
    column: 'бағандар',
    line: 'сызық',
    area: 'аумақ',
    stacked: 'қабатталған',
    donut: 'сақина',
  },
  ru: {
    bar: 'горизонтальные полосы',
    column: 'столбцы',
    line: 'линия',
    area: 'область',
    stacked: 'с накоплением',
    donut: 'кольцо',
  },
  en: { bar: 'bars', column: 'columns', line: 'line', area: 'area', stacked: 'stacked', donut: 'donut' },
};
