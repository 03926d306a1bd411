/**
 * Kazakhstan's 20 first-level units (17 regions, 3 cities of republican significance), ISO 3166-2:KZ,
 * as of the 2022 reform that created Abai, Zhetisu and Ulytau regions.
 */
export const REGION_CODES = [
  'KZ-10',
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-33',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-62',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(REGION_CODES);

export function isRegionCode(key: string): key is RegionCode {
  return CODE_SET.has(key);
}
