/**
 * Sentences that describe a schema problem, in each language. English is also the text of
 * `inclusion-error` details; kk and ru are what the reader sees under the error message.
 */
import type { Locale } from '../i18n/locale.js';
import type { IssueCode } from './errors.js';

type Params = Readonly<Record<string, string>>;
type Describe = (p: Params) => string;

const PATTERN_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    period: 'an ISO 8601 period such as 2025, 2025-Q3, 2025-10 or 2024-03/2025-10',
    date: 'a date such as 2025-11-19',
    'metric-id': 'lower-case letters, digits and hyphens',
    'web-url': 'an http or https link',
  },
  ru: {
    period: 'период ISO 8601, например 2025, 2025-Q3, 2025-10 или 2024-03/2025-10',
    date: 'дата вида 2025-11-19',
    'metric-id': 'строчные латинские буквы, цифры и дефисы',
    'web-url': 'ссылка http или https',
  },
  kk: {
    period: 'ISO 8601 кезеңі, мысалы 2025, 2025-Q3, 2025-10 немесе 2024-03/2025-10',
    date: '2025-11-19 түріндегі күн',
    'metric-id': 'кіші латын әріптері, цифрлар және дефис',
    'web-url': 'http немесе https сілтемесі',
  },
};

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    number: 'a number',
    string: 'text',
    object: 'an object',
    array: 'a list',
    boolean: 'true/false',
    null: 'null',
    undefined: 'nothing',
  },
  ru: {
    number: 'число',
    string: 'текст',
    object: 'объект',
    array: 'список',
    boolean: 'логическое значение',
    null: 'null',
    undefined: 'ничего',
  },
  kk: {
    number: 'сан',
    string: 'мәтін',
    object: 'нысан',
    array: 'тізім',
    boolean: 'логикалық мән',
    null: 'null',
    undefined: 'ештеңе',
  },
};

const typeName = (locale: Locale, type = ''): string => TYPE_NAMES[locale][type] ?? type;

const TEXT: Record<Locale, Record<IssueCode, Describe>> = {
  en: {
    required: () => 'is required',
    'wrong-type': (p) => `should be ${typeName('en', p.expected)}, not ${typeName('en', p.received)}`,
    'not-finite': () => 'should be a finite number',
    'unknown-version': (p) => `feed version ${p.received} is not supported (expected 1)`,
    'unknown-field': (p) => `unknown field "${p.key}"`,
    'not-allowed': (p) => `should be one of: ${p.allowed}`,
    pattern: (p) => `should be ${PATTERN_NAMES.en[p.pattern ?? ''] ?? p.pattern}`,
    empty: () => 'should not be empty',
    'no-metrics': () => 'should list at least one metric',
    duplicate: (p) => `"${p.value}" is used more than once`,
    'category-needs-label': () => 'a category that is not a region code needs a label',
    'no-language': () => 'needs text in at least one of kk, ru, en',
  },
  ru: {
    required: () => 'обязательное поле',
    'wrong-type': (p) => `должно быть ${typeName('ru', p.expected)}, а не ${typeName('ru', p.received)}`,
    'not-finite': () => 'должно быть конечным числом',
    'unknown-version': (p) => `версия ленты ${p.received} не поддерживается (ожидается 1)`,
    'unknown-field': (p) => `неизвестное поле «${p.key}»`,
    'not-allowed': (p) => `допустимые значения: ${p.allowed}`,
    pattern: (p) => `ожидается ${PATTERN_NAMES.ru[p.pattern ?? ''] ?? p.pattern}`,
    empty: () => 'не может быть пустым',
    'no-metrics': () => 'нужен хотя бы один показатель',
    duplicate: (p) => `«${p.value}» встречается больше одного раза`,
    'category-needs-label': () => 'категории, которая не является кодом региона, нужна подпись',
    'no-language': () => 'нужен текст хотя бы на одном из языков: kk, ru, en',
  },
  kk: {
    required: () => 'міндетті өріс',
    'wrong-type': (p) => `${typeName('kk', p.expected)} болуы керек, ${typeName('kk', p.received)} емес`,
    'not-finite': () => 'ақырлы сан болуы керек',
    'unknown-version': (p) => `${p.received} нұсқасына қолдау көрсетілмейді (1 күтіледі)`,
    'unknown-field': (p) => `белгісіз өріс «${p.key}»`,
    'not-allowed': (p) => `рұқсат етілген мәндер: ${p.allowed}`,
    pattern: (p) => `күтілетіні: ${PATTERN_NAMES.kk[p.pattern ?? ''] ?? p.pattern}`,
    empty: () => 'бос болмауы керек',
    'no-metrics': () => 'кемінде бір көрсеткіш керек',
    duplicate: (p) => `«${p.value}» бірнеше рет кездеседі`,
    'category-needs-label': () => 'өңір коды емес санатқа атау керек',
    'no-language': () => 'kk, ru, en тілдерінің кемінде біреуінде мәтін керек',
  },
};

export function describeIssue(code: IssueCode, params: Params, locale: Locale): string {
  return TEXT[locale][code](params);
}
