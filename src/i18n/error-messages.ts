/**
 * What the widgets tell the reader when something goes wrong, in the three languages: loaded with the error
 * views (src/elements/shared/error-views.ts) only when an element has an error to show, so a page whose
 * feeds load never downloads it. Errors say what happened and what the reader can do: a reader cannot act
 * on "error" alone.
 */
import type { Locale } from './locale.js';

export type ErrorKind = 'network' | 'http' | 'parse' | 'schema' | 'metric' | 'url';

export interface ErrorMessages {
  readonly errors: Readonly<Record<ErrorKind, string>>;
  /** A refresh failed; the figures on screen date from `timeText`. */
  stale(timeText: string): string;
  moreProblems(count: number): string;
  /** Part of what an element shows (a tile's change, target and trend) did not load; its figure is still shown. */
  readonly partFailed: string;
  /** A chart's drawing code did not arrive: the figures are still in the summary and the table. */
  readonly drawFailed: string;
}

const kk: ErrorMessages = {
  errors: {
    network: 'Деректер қолжетімсіз: серверге қосылу мүмкін болмады. Байланысты тексеріп, бетті жаңартыңыз.',
    http: 'Деректер қолжетімсіз: сервер қате қайтарды. Кейінірек қайталап көріңіз.',
    parse: 'Деректер бүлінген, оларды көрсету мүмкін емес. Сайт иесіне хабарлаңыз.',
    schema: 'Деректер күтілген пішімге сәйкес келмейді, сондықтан көрсетілмейді. Сайт иесіне хабарлаңыз.',
    metric: 'Бұл көрсеткіш деректерде жоқ. Сайт иесіне хабарлаңыз.',
    url: 'Деректер мекенжайына рұқсат жоқ, сондықтан ештеңе жүктелмеді. Сайт иесіне хабарлаңыз.',
  },
  stale: (time) => `Деректерді жаңарту мүмкін болмады; ${time} кезіндегі деректер көрсетілген.`,
  moreProblems: (count) => `тағы ${count} қате`,
  partFailed: 'Көрсеткіш туралы мәліметтердің бір бөлігі жүктелмеді. Байланысты тексеріп, қайталап көріңіз.',
  drawFailed: 'Диаграмманы салу мүмкін болмады: оның коды жүктелмеді. Сандар деректер кестесінде.',
};

const ru: ErrorMessages = {
  errors: {
    network: 'Данные недоступны: нет связи с сервером. Проверьте подключение и обновите страницу.',
    http: 'Данные недоступны: сервер вернул ошибку. Попробуйте позже.',
    parse: 'Данные повреждены и не могут быть показаны. Сообщите владельцу сайта.',
    schema: 'Данные не соответствуют формату и не показаны. Сообщите владельцу сайта.',
    metric: 'Этого показателя нет в данных. Сообщите владельцу сайта.',
    url: 'Адрес данных недопустим, поэтому ничего не загружено. Сообщите владельцу сайта.',
  },
  stale: (time) => `Не удалось обновить данные; показаны данные на ${time}.`,
  moreProblems: (count) => `и ещё ${count}`,
  partFailed: 'Часть сведений о показателе не загрузилась. Проверьте подключение и повторите попытку.',
  drawFailed: 'Не удалось построить диаграмму: не загрузился её код. Цифры есть в таблице данных.',
};

const en: ErrorMessages = {
  errors: {
    network: 'Data unavailable: the server could not be reached. Check your connection and reload the page.',
    http: 'Data unavailable: the server returned an error. Please try again later.',
    parse: 'The data is damaged and cannot be shown. Please tell the site owner.',
    schema: 'The data does not match the expected format, so it is not shown. Please tell the site owner.',
    metric: 'This figure is not in the data. Please tell the site owner.',
    url: 'The data address is not allowed, so nothing was loaded. Please tell the site owner.',
  },
  stale: (time) => `Could not refresh; showing data as of ${time}.`,
  moreProblems: (count) => `and ${count} more`,
  partFailed: 'Some details of this figure did not load. Check your connection and try again.',
  drawFailed: 'The chart could not be drawn: its drawing code did not load. The figures are in the data table.',
};

const CATALOGUE: Readonly<Record<Locale, ErrorMessages>> = { kk, ru, en };

export function errorMessages(locale: Locale): ErrorMessages {
  return CATALOGUE[locale];
}

/**
 * "14:05" — the time of day figures were loaded, said by the stale note. Kazakh uses the same 24-hour clock as
 * Russian.
 */
export function formatClockTime(date: Date, locale: Locale): string {
  return date.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'ru-RU', { hour: '2-digit', minute: '2-digit' });
}
