/**
 * The words for every problem the table converter finds, in kk, ru and en. English is the `message` the
 * command line prints; the feed editor shows the publisher's language. Parameters are the cell's text and
 * the feed's own vocabulary (`more-than`, `percent`), which stay as written in every language.
 */
import type { Locale } from '../i18n/locale.js';

const UNKNOWN_WORD_HELP = {
  en:
    '(qualifiers: more than / более / астам, at least / не менее / кемінде, about / около / шамамен, ' +
    'almost / почти / жуық, less than / менее / аз; units: %, ₸, тенге; scales: тыс., млн, мың, K, M)',
  ru:
    '(уточнения: более / астам / more than, не менее / кемінде / at least, около / шамамен / about, ' +
    'почти / жуық / almost, менее / аз / less than; единицы: %, ₸, тенге; множители: тыс., млн, мың, K, M)',
  kk:
    '(нақтылаулар: астам / более / more than, кемінде / не менее / at least, шамамен / около / about, ' +
    'жуық / почти / almost, аз / менее / less than; бірліктер: %, ₸, теңге; еселіктер: мың, млн, тыс., K, M)',
};

const HELP = UNKNOWN_WORD_HELP.en;
const REGION_EXAMPLES = '("Қарағанды облысы", "Карагандинская область", "Karaganda Region")';

const EN = {
  'value-empty': 'is empty: write the figure, or n/a when it is not available',
  'no-number': '"{text}" has no number in it',
  'several-numbers': '"{text}" holds more than one number: one figure per cell',
  'digit-groups': '"{text}": the digit groups are not groups of three',
  'decimal-part': '"{text}": the decimal part is not a number',
  'sign-twice': '"{text}": "{sign}" appears twice',
  'not-a-number': '"{text}": not a number',
  'unknown-word': `"{text}": "{word}" is not a qualifier, unit or scale word this converter knows ${HELP}`,
  'two-qualifiers': '"{text}" has two qualifiers',
  'percent-and-tenge': '"{text}" is both a percentage and an amount in tenge',
  'two-scales': '"{text}" has two scale words',
  'too-large': '"{text}" is too large a number',
  'beyond-header': 'has a cell beyond the last header: give the column a header or remove the cell',
  'metric-empty': 'is empty: every row needs the id of its metric',
  'metric-id': '"{text}" should be lower-case letters, digits and hyphens',
  'qualifier-unknown':
    '"{text}" is not a qualifier this converter knows: write one of {allowed} ' +
    '(or the same in words: "более", "астам", "about", ...)',
  'qualifier-conflict': 'says {said} but the value cell says {written}: keep one',
  'period-pattern': '"{text}" should be an ISO 8601 period such as 2025, 2025-Q3, 2025-10 or 2024-03/2025-10',
  'region-unknown':
    'unknown region "{text}": write an ISO 3166-2:KZ code such as KZ-35, ' +
    `or the region's name in kk, ru or en ${REGION_EXAMPLES}`,
  'format-unknown': '"{text}" should be one of {allowed} (or % / ₸)',
  'status-unknown': '"{text}" should be one of {allowed}',
  'target-plain': '"{text}" should be a plain number: a target has no qualifier and cannot be "not available"',
  'no-label': 'metric "{metric}" has no label: fill label, or label:kk / label:ru / label:en',
  'second-headline': 'a second headline row for "{metric}" (the first is row {first}): give it a period or a region',
  'repeated-period': 'the period {key} of "{metric}" is already on row {first}',
  'repeated-region': 'the region {key} of "{metric}" is already on row {first}',
  'breakdown-period-row': 'a breakdown has one period: row {first} says {period}',
  'breakdown-period-headline':
    'a breakdown has one period: the headline (the latest period of the series) says {period}',
  differs: 'differs from row {first} ("{text}"): a metric has one {header}; leave this cell empty or repeat it',
  'either-or': 'use either {name} or {name}:kk / {name}:ru / {name}:en for one metric, not both',
  'unit-needs-language': 'plural forms need a language: put them in unit:ru or unit:en',
  'unit-forms-kk': '"{text}" should be one word (a Kazakh noun stays singular after a number)',
  'unit-forms-ru':
    '"{text}" should be one word, or the four plural forms one|few|many|other ("человек|человека|человек|человека")',
  'unit-forms-en': '"{text}" should be one word, or the two plural forms one|other ("person|people")',
  'format-conflict-declared': 'is {written} but the format on row {first} makes the metric {format}',
  'format-conflict-value': "is {written} but row {first}'s value makes the metric {format}",
  'table-empty': 'the table is empty: the first row names the columns (metric, label, value, ...)',
  'no-rows': 'the table has no rows of figures under its header',
  'unknown-column': 'unknown column: the columns are {allowed}',
  'column-twice': 'this column appears twice',
  'column-missing': 'the table needs a "{name}" column',
  'id-missing': 'the feed needs an id',
  'title-missing': 'the feed needs a title: one for every language, or one per language (kk, ru, en)',
  'source-url': '"{text}" should be an http or https link',
  published: '"{text}" should be a date such as 2025-11-19',
  'source-name-needed': "a source link or date needs the source's name",
  'feed-issue': '{message}',
} as const;

export type ProblemCode = keyof typeof EN;
export const PROBLEM_CODES = Object.keys(EN) as ProblemCode[];
export type ProblemParams = Readonly<Record<string, string | number>>;

const RU: Record<ProblemCode, string> = {
  'value-empty': 'пустая ячейка: впишите цифру или n/a, если данных нет',
  'no-number': 'в «{text}» нет числа',
  'several-numbers': 'в «{text}» больше одного числа: одна цифра на ячейку',
  'digit-groups': '«{text}»: разряды числа разбиты не по три цифры',
  'decimal-part': '«{text}»: дробная часть — не число',
  'sign-twice': '«{text}»: знак «{sign}» встречается дважды',
  'not-a-number': '«{text}»: это не число',
  'unknown-word': `«{text}»: слово «{word}» не знакомо конвертеру ${UNKNOWN_WORD_HELP.ru}`,
  'two-qualifiers': 'в «{text}» два уточнения',
  'percent-and-tenge': '«{text}» — одновременно процент и сумма в тенге',
  'two-scales': 'в «{text}» два множителя',
  'too-large': '«{text}» — слишком большое число',
  'beyond-header': 'ячейка правее последнего заголовка: дайте столбцу заголовок или удалите ячейку',
  'metric-empty': 'пустая ячейка: в каждой строке нужен идентификатор показателя',
  'metric-id': '«{text}»: допустимы только строчные латинские буквы, цифры и дефисы',
  'qualifier-unknown':
    '«{text}» — незнакомое уточнение: напишите одно из {allowed} (или словами: «более», «астам», «about»…)',
  'qualifier-conflict': 'здесь {said}, а в ячейке значения — {written}: оставьте одно',
  'period-pattern': '«{text}»: нужен период ISO 8601, например 2025, 2025-Q3, 2025-10 или 2024-03/2025-10',
  'region-unknown':
    'неизвестный регион «{text}»: напишите код ISO 3166-2:KZ, например KZ-35, или название региона ' +
    `на казахском, русском или английском ${REGION_EXAMPLES}`,
  'format-unknown': '«{text}»: допустимые значения — {allowed} (или % / ₸)',
  'status-unknown': '«{text}»: допустимые значения — {allowed}',
  'target-plain': '«{text}»: нужна просто цифра — у цели нет уточнения, и она не может быть «нет данных»',
  'no-label': 'у показателя «{metric}» нет подписи: заполните label или label:kk / label:ru / label:en',
  'second-headline':
    'вторая основная строка показателя «{metric}» (первая — строка {first}): укажите период или регион',
  'repeated-period': 'период {key} показателя «{metric}» уже есть в строке {first}',
  'repeated-region': 'регион {key} показателя «{metric}» уже есть в строке {first}',
  'breakdown-period-row': 'у разбивки один период: в строке {first} указан {period}',
  'breakdown-period-headline': 'у разбивки один период: у основной цифры (последний период ряда) — {period}',
  differs:
    'отличается от строки {first} («{text}»): у показателя одно значение {header}; ' +
    'оставьте ячейку пустой или повторите его',
  'either-or': 'для одного показателя используйте либо {name}, либо {name}:kk / {name}:ru / {name}:en, но не оба',
  'unit-needs-language': 'формам множественного числа нужен язык: перенесите их в unit:ru или unit:en',
  'unit-forms-kk': '«{text}»: нужно одно слово (казахское существительное после числа не меняется)',
  'unit-forms-ru':
    '«{text}»: нужно одно слово или четыре формы one|few|many|other («человек|человека|человек|человека»)',
  'unit-forms-en': '«{text}»: нужно одно слово или две формы one|other («person|people»)',
  'format-conflict-declared': 'здесь {written}, но формат в строке {first} делает показатель {format}',
  'format-conflict-value': 'здесь {written}, но значение в строке {first} делает показатель {format}',
  'table-empty': 'таблица пуста: в первой строке — названия столбцов (metric, label, value…)',
  'no-rows': 'под заголовком нет строк с цифрами',
  'unknown-column': 'неизвестный столбец; допустимые столбцы: {allowed}',
  'column-twice': 'этот столбец встречается дважды',
  'column-missing': 'в таблице нужен столбец «{name}»',
  'id-missing': 'у ленты должен быть идентификатор',
  'title-missing': 'у ленты должно быть название: одно для всех языков или на каждом языке (kk, ru, en)',
  'source-url': '«{text}»: нужна ссылка http или https',
  published: '«{text}»: нужна дата вида 2025-11-19',
  'source-name-needed': 'для ссылки или даты источника нужно его название',
  'feed-issue': '{message}',
};

const KK: Record<ProblemCode, string> = {
  'value-empty': 'ұяшық бос: санды жазыңыз, ал дерек жоқ болса — n/a',
  'no-number': '«{text}» ішінде сан жоқ',
  'several-numbers': '«{text}» ішінде бірнеше сан бар: бір ұяшыққа бір сан',
  'digit-groups': '«{text}»: сан разрядтары үш цифрдан бөлінбеген',
  'decimal-part': '«{text}»: бөлшек бөлігі сан емес',
  'sign-twice': '«{text}»: «{sign}» белгісі екі рет кездеседі',
  'not-a-number': '«{text}»: бұл сан емес',
  'unknown-word': `«{text}»: «{word}» сөзін түрлендіргіш танымайды ${UNKNOWN_WORD_HELP.kk}`,
  'two-qualifiers': '«{text}» ішінде екі нақтылау бар',
  'percent-and-tenge': '«{text}» бір мезгілде пайыз да, теңгедегі сома да',
  'two-scales': '«{text}» ішінде екі еселік сөз бар',
  'too-large': '«{text}» — тым үлкен сан',
  'beyond-header': 'соңғы тақырыптан кейінгі ұяшық: бағанға тақырып беріңіз немесе ұяшықты өшіріңіз',
  'metric-empty': 'ұяшық бос: әр жолда көрсеткіш идентификаторы керек',
  'metric-id': '«{text}»: тек кіші латын әріптері, цифрлар және дефис рұқсат етіледі',
  'qualifier-unknown':
    '«{text}» — белгісіз нақтылау: {allowed} мәндерінің бірін жазыңыз (немесе сөзбен: «астам», «более», «about»…)',
  'qualifier-conflict': 'мұнда {said}, ал мән ұяшығында {written}: біреуін қалдырыңыз',
  'period-pattern': '«{text}»: ISO 8601 кезеңі керек, мысалы 2025, 2025-Q3, 2025-10 немесе 2024-03/2025-10',
  'region-unknown':
    'белгісіз өңір «{text}»: ISO 3166-2:KZ кодын (мысалы, KZ-35) немесе өңірдің қазақша, орысша не ағылшынша ' +
    `атауын жазыңыз ${REGION_EXAMPLES}`,
  'format-unknown': '«{text}»: рұқсат етілген мәндер — {allowed} (немесе % / ₸)',
  'status-unknown': '«{text}»: рұқсат етілген мәндер — {allowed}',
  'target-plain': '«{text}»: жай сан керек — мақсаттың нақтылауы болмайды және ол «дерек жоқ» бола алмайды',
  'no-label': '«{metric}» көрсеткішінің атауы жоқ: label немесе label:kk / label:ru / label:en толтырыңыз',
  'second-headline':
    '«{metric}» көрсеткішінің екінші негізгі жолы (біріншісі — {first}-жол): кезең немесе өңір көрсетіңіз',
  'repeated-period': '«{metric}» көрсеткішінің {key} кезеңі {first}-жолда бар',
  'repeated-region': '«{metric}» көрсеткішінің {key} өңірі {first}-жолда бар',
  'breakdown-period-row': 'бөлудің бір ғана кезеңі болады: {first}-жолда {period} көрсетілген',
  'breakdown-period-headline': 'бөлудің бір ғана кезеңі болады: негізгі санда (қатардың соңғы кезеңі) — {period}',
  differs:
    '{first}-жолдан («{text}») өзгеше: көрсеткіштің {header} мәні біреу; ' +
    'ұяшықты бос қалдырыңыз не сол мәнді қайталаңыз',
  'either-or': 'бір көрсеткіш үшін не {name}, не {name}:kk / {name}:ru / {name}:en қолданыңыз, екеуін бірге емес',
  'unit-needs-language': 'көпше түр формаларына тіл керек: оларды unit:ru немесе unit:en бағанына жазыңыз',
  'unit-forms-kk': '«{text}»: бір сөз керек (қазақ тілінде зат есім саннан кейін жекеше тұрады)',
  'unit-forms-ru': '«{text}»: бір сөз немесе төрт форма one|few|many|other керек («человек|человека|человек|человека»)',
  'unit-forms-en': '«{text}»: бір сөз немесе екі форма one|other керек («person|people»)',
  'format-conflict-declared': 'мұнда {written}, бірақ {first}-жолдағы формат көрсеткішті {format} етеді',
  'format-conflict-value': 'мұнда {written}, бірақ {first}-жолдағы мән көрсеткішті {format} етеді',
  'table-empty': 'кесте бос: бірінші жолда бағандардың атаулары болады (metric, label, value…)',
  'no-rows': 'тақырыптың астында сандар жолы жоқ',
  'unknown-column': 'белгісіз баған; рұқсат етілген бағандар: {allowed}',
  'column-twice': 'бұл баған екі рет кездеседі',
  'column-missing': 'кестеде «{name}» бағаны болуы керек',
  'id-missing': 'деректер жинағының идентификаторы болуы керек',
  'title-missing': 'деректер жинағының атауы болуы керек: барлық тілге біреу немесе әр тілге (kk, ru, en) бөлек',
  'source-url': '«{text}»: http немесе https сілтемесі керек',
  published: '«{text}»: 2025-11-19 түріндегі күн керек',
  'source-name-needed': 'дереккөз сілтемесіне немесе күніне оның атауы керек',
  'feed-issue': '{message}',
};

const TEXT: Readonly<Record<Locale, Readonly<Record<ProblemCode, string>>>> = { en: EN, ru: RU, kk: KK };

/** The problem in words; `{name}` in the sentence is filled from `params`. */
export function problemText(code: ProblemCode, params: ProblemParams, locale: Locale): string {
  return TEXT[locale][code].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** What a problem says, and its English sentence (what the command line prints). */
export interface Worded {
  readonly code: ProblemCode;
  readonly params: ProblemParams;
  readonly message: string;
}

export function worded(code: ProblemCode, params: ProblemParams = {}): Worded {
  return { code, params, message: problemText(code, params, 'en') };
}
