/**
 * `inclusion-widgets validate FILE…`: every problem of every feed file, one line each,
 * `FILE:LINE:COLUMN: JSON-PATH: message`, in the words the widgets use for developers. Exit 0 when every
 * file is a valid feed, 1 otherwise. A file that is missing, empty or not JSON is one line, never a trace.
 * A feed index (a JSON list of `{ "file", "id" }`, as data/index.json) is checked too: each listed feed
 * must exist beside it, be valid and carry that id.
 */
/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { judge } from '../feed/judge.js';
import { FeedError } from '../feed/errors.js';
import { readJson, type Position } from './json-positions.js';
import { fileProblem, processIo, type CommandIo } from './io.js';

export const usage =
  'Usage: inclusion-widgets validate FILE…\n' +
  '  checks feed files; one line per problem: FILE:LINE:COLUMN: JSON-PATH: message; exit 0 when all are valid';

export async function run(args: readonly string[], io: CommandIo = processIo): Promise<number> {
  const files = args.filter((arg) => arg !== '--');
  if (files.length === 0 || files.some((file) => file.startsWith('-') && file !== '-')) {
    io.error(usage);
    return 2;
  }
  let problems = 0;
  for (const file of files) {
    const lines = await problemsOfFile(file);
    lines.forEach((line) => io.out(line));
    problems += lines.length;
  }
  if (problems === 0) io.error(`${files.length} ${files.length === 1 ? 'file' : 'files'} valid`);
  return problems === 0 ? 0 : 1;
}

const where = (file: string, position: Position): string => `${file}:${position.line}:${position.column}`;

async function problemsOfFile(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [fileProblem(file, error)];
  }
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return [`${where(file, { line: 1, column: 1 })}: feed: the file is empty`];
  const json = readJson(text);
  if (!json.ok)
    return [
      json.position ? `${where(file, json.position)}: ${json.path}: ${json.message}` : `${file}: ${json.message}`,
    ];
  if (isFeedIndex(json.value)) return problemsOfIndex(file, json.value, json.positionOf);
  const outcome = judge(json.value);
  if (!(outcome instanceof FeedError)) return [];
  if (outcome.issues.length === 0) return [`${file}: ${outcome.message}`];
  return outcome.issues
    .map((issue) => ({ issue, position: json.positionOf(issue.segments, issue.code === 'unknown-field') }))
    .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column)
    .map(({ issue, position }) => `${where(file, position)}: ${issue.message}`);
}

interface IndexEntry {
  readonly file: string;
  readonly id?: unknown;
}

function isFeedIndex(value: unknown): value is IndexEntry[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((entry) => typeof entry === 'object' && entry !== null && typeof entry.file === 'string')
  );
}

async function problemsOfIndex(
  file: string,
  entries: IndexEntry[],
  positionOf: (segments: (string | number)[]) => Position,
): Promise<string[]> {
  const lines: string[] = [];
  for (const [index, entry] of entries.entries()) {
    const feedFile = join(dirname(file), entry.file);
    const at = (field: string): string => `${where(file, positionOf([index, field]))}: [${index}].${field}`;
    let text: string;
    try {
      text = await readFile(feedFile, 'utf8');
    } catch (error) {
      lines.push(`${at('file')}: ${fileProblem(feedFile, error)}`);
      continue;
    }
    const json = readJson(text);
    const outcome = json.ok ? judge(json.value) : undefined;
    if (outcome === undefined || outcome instanceof FeedError) {
      lines.push(`${at('file')}: ${feedFile} is not a valid feed (validate it for the details)`);
    } else if (entry.id !== undefined && entry.id !== outcome.id) {
      lines.push(`${at('id')}: should be "${outcome.id}", the id of ${feedFile}`);
    }
  }
  return lines;
}
