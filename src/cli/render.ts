/**
 * `inclusion-widgets render FEED.json --element kpi|table|map|chart|dashboard [--metric ID] [--locale kk|ru|en]
 * [--theme light|dark|auto]`: prints the element's server-rendered HTML (see src/server) to standard output.
 * Problems go to standard error, one a line, and the exit code is 1; nothing is printed to standard output then.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ELEMENTS, renderToString, type ElementName, type RenderOptions } from '../server/render-to-string.js';
import { FeedError } from '../feed/errors.js';
import { LOCALES, type Locale } from '../i18n/locale.js';

export const usage =
  `Usage: inclusion-widgets render FEED.json --element ${ELEMENTS.join('|')} [--metric ID]` +
  ` [--locale ${LOCALES.join('|')}] [--theme light|dark|auto]`;

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function problemLines(file: string, error: unknown): string[] {
  if (error instanceof FeedError && error.issues.length > 0)
    // An issue's message starts with its JSON path ("metrics[1].id: …"), as `validate` prints it.
    return error.issues.map((issue) => `${file}: ${issue.message}`);
  return [`${file}: ${error instanceof Error ? error.message : String(error)}`];
}

/** Runs the command with its arguments (after `render`); resolves to the exit code. */
export async function run(args: readonly string[], io: Io = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        metric: { type: 'string' },
        locale: { type: 'string' },
        theme: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 1 || values.element === undefined) {
    io.err(
      `${positionals.length > 1 ? 'One feed file at a time.' : 'A feed file and --element are needed.'}\n${usage}\n`,
    );
    return 1;
  }
  const file = positionals[0]!;
  let feed: unknown;
  try {
    feed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    io.err(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const options: RenderOptions = {
    element: values.element as ElementName,
    ...(values.metric !== undefined ? { metric: values.metric } : {}),
    ...(values.locale !== undefined ? { locale: values.locale as Locale } : {}),
    ...(values.theme !== undefined ? { theme: values.theme as RenderOptions['theme'] } : {}),
  };
  try {
    io.out(`${await renderToString(feed, options)}\n`);
    return 0;
  } catch (error) {
    io.err(`${problemLines(file, error).join('\n')}\n`);
    return 1;
  }
}
