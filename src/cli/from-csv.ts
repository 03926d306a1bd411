/**
 * `inclusion-widgets from-csv FILE.csv [options]`: a long-format table (one row per figure) becomes a feed,
 * printed or written with --out. Every problem is one line, `FILE:ROW:COLUMN: message` (or
 * `FILE: --option: message`), and then nothing is written and the exit code is 1.
 */
/// <reference types="node" />
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { csvToFeed, type CsvProblem, type FeedDetails } from '../csv-feed/csv-to-feed.js';
import type { LocalizedString } from '../feed/schema.js';
import { fileProblem, processIo, type CommandIo } from './io.js';

export const usage =
  'Usage: inclusion-widgets from-csv FILE.csv [--id ID] [--title TEXT | --title:kk TEXT --title:ru TEXT ' +
  '--title:en TEXT]\n' +
  '    [--source-name TEXT] [--source-url URL] [--published YYYY-MM-DD] [--period P] [--out FEED.json]\n' +
  '  a table with one row per figure becomes a feed (columns: README.md, "Feed tables")';

const OPTIONS = [
  'id',
  'title',
  'title:kk',
  'title:ru',
  'title:en',
  'source-name',
  'source-url',
  'published',
  'period',
  'out',
] as const;
type Option = (typeof OPTIONS)[number];

type Parsed = { file: string; options: Partial<Record<Option, string>> } | { problem: string };

export function parseArguments(args: readonly string[]): Parsed {
  const options: Partial<Record<Option, string>> = {};
  const files: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!(OPTIONS as readonly string[]).includes(name)) return { problem: `unknown option --${name}` };
    const value = inline ?? args[(index += 1)];
    if (value === undefined) return { problem: `--${name} needs a value` };
    options[name as Option] = value;
  }
  if (files.length !== 1)
    return { problem: files.length === 0 ? 'give the CSV file to convert' : 'give one CSV file at a time' };
  return { file: files[0]!, options };
}

export async function run(args: readonly string[], io: CommandIo = processIo): Promise<number> {
  const parsed = parseArguments(args);
  if ('problem' in parsed) {
    io.error(`inclusion-widgets from-csv: ${parsed.problem}`);
    io.error(usage);
    return 2;
  }
  const { file, options } = parsed;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.error(fileProblem(file, error));
    return 1;
  }
  const name = basename(file, extname(file));
  const conversion = csvToFeed(text, detailsOf(options, name));
  if (!conversion.ok) {
    conversion.problems.forEach((problem) => io.error(problemLine(file, problem)));
    return 1;
  }
  const untitled = !OPTIONS.some((option) => option.startsWith('title') && options[option] !== undefined);
  if (untitled) io.error(`${file}: no --title given, so the feed's title is its file name, "${name}"`);
  const json = `${JSON.stringify(conversion.feed, null, 2)}\n`;
  if (options.out === undefined) {
    io.out(json.trimEnd());
    return 0;
  }
  try {
    await writeFile(options.out, json, 'utf8');
  } catch (error) {
    io.error(fileProblem(options.out, error));
    return 1;
  }
  const count = conversion.feed.metrics.length;
  io.error(`${options.out}: a feed of ${count} ${count === 1 ? 'metric' : 'metrics'}`);
  return 0;
}

/** The feed's details from the options; without them, the id and the title are the file's name. */
function detailsOf(options: Partial<Record<Option, string>>, fileName: string): FeedDetails {
  const perLanguage = (['kk', 'ru', 'en'] as const).filter((language) => options[`title:${language}`] !== undefined);
  const title: LocalizedString =
    perLanguage.length > 0
      ? Object.fromEntries(perLanguage.map((language) => [language, options[`title:${language}`]!]))
      : (options.title ?? fileName);
  const slug = fileName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: options.id ?? (slug || 'feed'),
    title,
    ...(options['source-name'] !== undefined ? { sourceName: options['source-name'] } : {}),
    ...(options['source-url'] !== undefined ? { sourceUrl: options['source-url'] } : {}),
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
  };
}

export function problemLine(file: string, problem: CsvProblem): string {
  if (problem.row !== undefined) return `${file}:${problem.row}:${problem.column ?? ''}: ${problem.message}`;
  if (problem.option === undefined || problem.option === 'feed') return `${file}: ${problem.message}`;
  return `${file}: --${problem.option}: ${problem.message}`;
}
