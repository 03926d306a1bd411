/**
 * Finds the ISO 3166-2:KZ code of a region as a publisher writes it: the code itself ("KZ-35", "kz35"),
 * or a name in kk, ru or en, official or common ("Қарағанды облысы", "Карагандинская обл.", "Karaganda
 * Region", "Qaraghandy", "ЗКО", "г. Алматы"). Kazakh letters typed with their Russian look-alikes
 * ("Караганды облысы") match too. "Алматы" alone is the city; the region is "Алматы облысы".
 */
import { isRegionCode, REGION_CODES, type RegionCode } from './codes.js';
import { REGION_NAMES } from './names.js';

/** Common names and transliterations beside the official ones in names.ts. */
const OTHER_NAMES: Readonly<Partial<Record<RegionCode, readonly string[]>>> = {
  'KZ-10': ['Abay Region', 'Abai Oblast', 'Абайская область', 'область Абай', 'Abay'],
  'KZ-11': ['Aqmola Region', 'Akmola Oblast', 'Aqmola', 'Акмолинская', 'Ақмола'],
  'KZ-15': ['Aqtobe Region', 'Aktobe Oblast', 'Aqtobe', 'Актюбинская', 'Актобе облысы'],
  'KZ-19': ['Almaty Oblast', 'Алматинская', 'Алматы облысы'],
  'KZ-23': ['Atyrau Oblast', 'Атырауская'],
  'KZ-27': [
    'West Kazakhstan Oblast',
    'West Kazakhstan',
    'Западно-Казахстанская',
    'Батыс Қазақстан',
    'WKO',
    'БҚО',
    'ЗКО',
  ],
  'KZ-31': ['Jambyl Region', 'Zhambyl Oblast', 'Jambyl', 'Жамбылская'],
  'KZ-33': [
    'Zhetysu Region',
    'Jetisu Region',
    'Zhetisu Oblast',
    'Zhetysu',
    'Jetisu',
    'область Жетысу',
    'Жетысуская область',
    'Жетысу',
  ],
  'KZ-35': [
    'Karagandy Region',
    'Qaragandy Region',
    'Qaraghandy Region',
    'Karaganda Oblast',
    'Karagandy',
    'Qaragandy',
    'Qaraghandy',
    'Карагандинская',
  ],
  'KZ-39': ['Kostanai Region', 'Qostanay Region', 'Kostanay Oblast', 'Kostanai', 'Qostanay', 'Костанайская'],
  'KZ-43': ['Qyzylorda Region', 'Kyzylorda Oblast', 'Qyzylorda', 'Кызылординская'],
  'KZ-47': [
    'Mangistau Region',
    'Mangghystau Region',
    'Mangystau Oblast',
    'Mangistau',
    'Мангистауская',
    'Мангыстауская область',
    'Мангистау',
    'Мангыстау',
  ],
  'KZ-55': ['Pavlodar Oblast', 'Павлодарская'],
  'KZ-59': [
    'North Kazakhstan Oblast',
    'North Kazakhstan',
    'Северо-Казахстанская',
    'Солтүстік Қазақстан',
    'NKO',
    'СҚО',
    'СКО',
  ],
  'KZ-61': ['Turkestan Region', 'Turkistan Oblast', 'Turkestan', 'Туркестанская', 'Түркістан'],
  'KZ-62': ['Ulytau Oblast', 'область Улытау', 'Улытауская область', 'Улытау'],
  'KZ-63': [
    'East Kazakhstan Oblast',
    'East Kazakhstan',
    'Восточно-Казахстанская',
    'Шығыс Қазақстан',
    'EKO',
    'ШҚО',
    'ВКО',
  ],
  'KZ-71': [
    'Astana',
    'Nur-Sultan',
    'Нур-Султан',
    'Нұр-Сұлтан',
    'г. Астана',
    'Астана қ.',
    'город Астана',
    'Astana city',
  ],
  'KZ-75': ['Almaty', 'Almaty city', 'г. Алматы', 'Алматы қ.', 'город Алматы'],
  'KZ-79': ['Shymkent', 'Shymkent city', 'г. Шымкент', 'Шымкент қ.', 'город Шымкент'],
};

/** Kazakh letters and their look-alikes in Russian keyboards, so a name typed without them still matches. */
const KAZAKH_LETTERS: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/**
 * A name reduced to what tells regions apart: lower case, Kazakh letters folded, punctuation and the
 * abbreviations of "region" ("обл.", "обл") written out.
 */
export function regionNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/g, (letter) => KAZAKH_LETTERS[letter] ?? letter)
    .replace(/[«»"'’.,()\-‐–—]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => WORD_FOR_KIND[word] ?? word)
    .join(' ');
}

/** The words for "region" and "city", in every language and abbreviation, each reduced to one. */
const WORD_FOR_KIND: Readonly<Record<string, string>> = {
  обл: 'обл',
  область: 'обл',
  облысы: 'обл',
  области: 'обл',
  region: 'region',
  oblast: 'region',
  oblysy: 'region',
  reg: 'region',
  город: 'город',
  г: 'город',
  каласы: 'город',
  к: 'город',
  city: 'город',
};

function buildIndex(): Map<string, RegionCode> {
  const index = new Map<string, RegionCode>();
  const add = (name: string, code: RegionCode): void => {
    const key = regionNameKey(name);
    const known = index.get(key);
    if (known !== undefined && known !== code) throw new Error(`Region name "${name}" means both ${known} and ${code}`);
    index.set(key, code);
  };
  for (const code of REGION_CODES) {
    const names = REGION_NAMES[code];
    for (const length of ['full', 'short'] as const) {
      for (const locale of ['kk', 'ru', 'en'] as const) add(names[length][locale], code);
    }
    for (const name of OTHER_NAMES[code] ?? []) add(name, code);
  }
  return index;
}

let index: Map<string, RegionCode> | undefined;

/** The code a cell names, or undefined. */
export function findRegionCode(written: string): RegionCode | undefined {
  const code = written
    .trim()
    .toUpperCase()
    .replace(/^KZ[\s-]?(\d\d)$/, 'KZ-$1');
  if (isRegionCode(code)) return code;
  index ??= buildIndex();
  return index.get(regionNameKey(written));
}
