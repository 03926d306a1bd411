import type { Locale } from '../i18n/locale.js';
import type { RegionCode } from './codes.js';

interface RegionNames {
  /** Official full name. */
  readonly full: Readonly<Record<Locale, string>>;
  /** Short label for small tiles and axis ticks. */
  readonly short: Readonly<Record<Locale, string>>;
  /** Three-letter label for the smallest tiles (a 320 px map); the full name is always in the accessible name. */
  readonly abbr: Readonly<Record<Locale, string>>;
}

/**
 * Official spellings. The 2022 regions keep their Kazakh name inside the Russian one ("область Абай"),
 * as the decrees that created them do.
 */
export const REGION_NAMES: Readonly<Record<RegionCode, RegionNames>> = {
  'KZ-10': {
    full: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' },
    short: { kk: 'Абай', ru: 'Абай', en: 'Abai' },
    abbr: { kk: 'АБА', ru: 'АБА', en: 'ABA' },
  },
  'KZ-11': {
    full: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
    short: { kk: 'Ақмола', ru: 'Акмола', en: 'Akmola' },
    abbr: { kk: 'АҚМ', ru: 'АКМ', en: 'AKM' },
  },
  'KZ-15': {
    full: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
    short: { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' },
    abbr: { kk: 'АҚТ', ru: 'АКТ', en: 'AKT' },
  },
  'KZ-19': {
    full: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
    short: { kk: 'Алматы обл.', ru: 'Алматин. обл.', en: 'Almaty Reg.' },
    abbr: { kk: 'АЛО', ru: 'АЛО', en: 'ALR' },
  },
  'KZ-23': {
    full: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
    short: { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' },
    abbr: { kk: 'АТЫ', ru: 'АТЫ', en: 'ATY' },
  },
  'KZ-27': {
    full: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
    short: { kk: 'БҚО', ru: 'ЗКО', en: 'W. Kaz.' },
    abbr: { kk: 'БҚО', ru: 'ЗКО', en: 'WKZ' },
  },
  'KZ-31': {
    full: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' },
    short: { kk: 'Жамбыл', ru: 'Жамбыл', en: 'Zhambyl' },
    abbr: { kk: 'ЖАМ', ru: 'ЖАМ', en: 'ZHA' },
  },
  'KZ-33': {
    full: { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Zhetisu Region' },
    short: { kk: 'Жетісу', ru: 'Жетісу', en: 'Zhetisu' },
    abbr: { kk: 'ЖЕТ', ru: 'ЖЕТ', en: 'ZHE' },
  },
  'KZ-35': {
    full: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
    short: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
    abbr: { kk: 'ҚАР', ru: 'КАР', en: 'KAR' },
  },
  'KZ-39': {
    full: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
    short: { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' },
    abbr: { kk: 'ҚОС', ru: 'КОС', en: 'KOS' },
  },
  'KZ-43': {
    full: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
    short: { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' },
    abbr: { kk: 'ҚЫЗ', ru: 'КЫЗ', en: 'KYZ' },
  },
  'KZ-47': {
    full: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
    short: { kk: 'Маңғыстау', ru: 'Мангистау', en: 'Mangystau' },
    abbr: { kk: 'МАҢ', ru: 'МАН', en: 'MAN' },
  },
  'KZ-55': {
    full: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
    short: { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' },
    abbr: { kk: 'ПАВ', ru: 'ПАВ', en: 'PAV' },
  },
  'KZ-59': {
    full: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' },
    short: { kk: 'СҚО', ru: 'СКО', en: 'N. Kaz.' },
    abbr: { kk: 'СҚО', ru: 'СКО', en: 'NKZ' },
  },
  'KZ-61': {
    full: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' },
    short: { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' },
    abbr: { kk: 'ТҮР', ru: 'ТУР', en: 'TUR' },
  },
  'KZ-62': {
    full: { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' },
    short: { kk: 'Ұлытау', ru: 'Ұлытау', en: 'Ulytau' },
    abbr: { kk: 'ҰЛЫ', ru: 'УЛЫ', en: 'ULY' },
  },
  'KZ-63': {
    full: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' },
    short: { kk: 'ШҚО', ru: 'ВКО', en: 'E. Kaz.' },
    abbr: { kk: 'ШҚО', ru: 'ВКО', en: 'EKZ' },
  },
  'KZ-71': {
    full: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana City' },
    short: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
    abbr: { kk: 'АСТ', ru: 'АСТ', en: 'AST' },
  },
  'KZ-75': {
    full: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty City' },
    short: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
    abbr: { kk: 'АЛА', ru: 'АЛА', en: 'ALA' },
  },
  'KZ-79': {
    full: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent City' },
    short: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
    abbr: { kk: 'ШЫМ', ru: 'ШЫМ', en: 'SHY' },
  },
};

export function regionName(code: RegionCode, locale: Locale, length: 'full' | 'short' | 'abbr' = 'full'): string {
  return REGION_NAMES[code][length][locale];
}
