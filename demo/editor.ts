/**
 * The feed editor: a table pasted from Excel or Google Sheets (or a CSV file) becomes a feed, through the same
 * converter as `inclusion-widgets from-csv` (src/csv-feed). Each problem is shown beside its row and column or
 * its field; a valid feed is previewed live as a dashboard (tiles, charts, maps) in kk, ru or en, downloaded as
 * JSON and given as a snippet that works as copied (the feed inline). Nothing leaves the page.
 */
import '../src/index.js';
import { csvToFeed, type CsvProblem, type FeedDetails } from '../src/csv-feed/csv-to-feed.js';
import { problemText } from '../src/csv-feed/problem-text.js';
import { readTable } from '../src/csv-feed/read-table.js';
import { localize } from '../src/feed/localize.js';
import type { Feed } from '../src/feed/schema.js';
import { LOCALES } from '../src/i18n/locale.js';
import { hostedBundle } from './bundle-address.js';
import { copySnippet } from './copy-snippet.js';
import { byId as $, newElement, newOption } from './dom.js';
import { EDITOR_TEXT, fill } from './editor-text.js';
import { fetchFeedIndex, type FeedIndexEntry } from './feed-index.js';
import { onUiLocaleChosen, requestedUiLocale, showUiLanguage } from './ui-language.js';

const tableInput = $<HTMLTextAreaElement>('table');
const details = $<HTMLFormElement>('details');
const previewLocale = $<HTMLSelectElement>('preview-locale');
let ui = requestedUiLocale();
let bundle = new URL('/dist/inclusion-widgets.js', location.origin).href;
let feed: Feed | undefined;
let problems: readonly CsvProblem[] = [];
let index: FeedIndexEntry[] = [];

const text = (key: string): string => EDITOR_TEXT[ui][key] ?? key;

function readDetails(): FeedDetails {
  const values = new FormData(details);
  const value = (name: string): string => String(values.get(name) ?? '').trim();
  const titles = Object.fromEntries(LOCALES.flatMap((l) => (value(`title:${l}`) ? [[l, value(`title:${l}`)]] : [])));
  return {
    id: value('id'),
    ...(Object.keys(titles).length > 0 ? { title: titles } : {}),
    sourceName: value('source-name'),
    sourceUrl: value('source-url'),
    published: value('published'),
    period: value('period'),
  };
}

/** The problem in the interface's language. */
const said = (problem: CsvProblem): string => problemText(problem.code, problem.params, ui);

function where(problem: CsvProblem): string {
  return [
    fill(text('row'), { row: problem.row ?? '' }),
    problem.column ? fill(text('column'), { column: problem.column }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function convert(): void {
  if (tableInput.value.trim() === '') {
    feed = undefined;
    problems = [];
  } else {
    const outcome = csvToFeed(tableInput.value, readDetails());
    feed = outcome.ok ? outcome.feed : undefined;
    problems = outcome.ok ? [] : outcome.problems;
  }
  showProblems();
  showResult();
}

function showProblems(): void {
  const summary = $('summary');
  summary.textContent =
    tableInput.value.trim() === ''
      ? text('empty')
      : feed
        ? fill(text('valid'), { metrics: feed.metrics.length })
        : fill(text('invalid'), { count: problems.length });
  showFieldProblems();
  showRows();
}

/** Problems of the feed's details, under their field. */
function showFieldProblems(): void {
  details.querySelectorAll('.field-problem').forEach((old) => old.remove());
  for (const input of details.querySelectorAll('input')) {
    const option = input.name.startsWith('title:') ? 'title' : input.name;
    const found = problems.filter((problem) => problem.row === undefined && problem.option === option);
    input.setAttribute('aria-invalid', String(found.length > 0));
    input.removeAttribute('aria-describedby');
    if (found.length === 0 || (option === 'title' && input.name !== 'title:kk')) continue;
    const message = newElement('p', found.map(said).join(' '), 'field-problem');
    message.id = `problem-${input.name.replace(':', '-')}`;
    input.setAttribute('aria-describedby', message.id);
    input.closest('label')!.append(message);
  }
}

/** Long cells (a quoted source sentence) are cut in the problem view; the table itself is unchanged. */
const shortened = (cell: string): string => (cell.length > 60 ? `${cell.slice(0, 60)}…` : cell);

/**
 * The rows that have problems, as read, under the header: each problem in a row of its own under the row it
 * is in, with its cell marked. A table without problems is not repeated.
 */
function showRows(): void {
  const holder = $('rows');
  const table = readTable(tableInput.value);
  if (!table.header || problems.length === 0) {
    holder.replaceChildren();
    return;
  }
  const headers = table.header.cells.map((cell) => cell.trim().toLowerCase());
  const width = Math.max(headers.length, ...table.rows.map((row) => row.cells.length)) + 1;
  const element = newElement('table');
  const rowsWithProblems = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row])));
  const general = problems.filter(
    (problem) => problem.row === undefined && !details.querySelector(`[name^="${problem.option}"]`),
  );
  for (const row of [table.header, ...table.rows.filter((candidate) => rowsWithProblems.has(candidate.row))]) {
    const line = newElement('tr');
    const number = newElement('th', String(row.row));
    number.scope = 'row';
    line.append(number);
    const found = problems.filter((problem) => problem.row === row.row);
    row.cells.forEach((cell, index) => {
      const cellNode = newElement(row === table.header ? 'th' : 'td', shortened(cell));
      if (row === table.header) (cellNode as HTMLTableCellElement).scope = 'col';
      const own = found.filter(
        (problem) =>
          problem.column === headers[index] ||
          problem.column === `column ${index + 1}` ||
          (row === table.header && problem.column === cell.trim()),
      );
      if (own.length > 0) {
        cellNode.setAttribute('aria-invalid', 'true');
        cellNode.setAttribute('aria-describedby', `problem-row-${row.row}`);
      }
      line.append(cellNode);
    });
    element.append(line);
    if (rowsWithProblems.has(row.row)) {
      const problemLine = newElement('tr', undefined, 'problem-row');
      const cell = newElement('td');
      cell.colSpan = width;
      cell.id = `problem-row-${row.row}`;
      for (const problem of found) cell.append(newElement('p', `${where(problem)}: ${said(problem)}`, 'cell-problem'));
      problemLine.append(cell);
      element.append(problemLine);
    }
  }
  holder.replaceChildren(element, ...general.map((problem) => newElement('p', said(problem), 'cell-problem')));
}

function showResult(): void {
  const preview = $('preview');
  $<HTMLButtonElement>('download').disabled = !feed;
  $<HTMLButtonElement>('copy').disabled = !feed;
  $<HTMLTextAreaElement>('snippet').value = feed ? snippet(feed) : '';
  if (!feed) {
    preview.replaceChildren();
    return;
  }
  const dashboard = document.createElement('inclusion-dashboard') as HTMLElement & { feed?: Feed };
  dashboard.setAttribute('locale', previewLocale.value);
  dashboard.feed = feed;
  preview.replaceChildren(dashboard);
}

/** The feed inline in the snippet, so it works wherever the bundle loads; `<` is escaped so no tag can close early. */
function snippet(value: Feed): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return (
    `<script type="module" src="${bundle}"></script>\n<inclusion-dashboard locale="${previewLocale.value}">` +
    `<script type="application/json">${json}</script></inclusion-dashboard>`
  );
}

function download(): void {
  if (!feed) return;
  const blob = new Blob([`${JSON.stringify(feed, null, 2)}\n`], { type: 'application/json' });
  const link = newElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${feed.id}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function applyLanguage(): void {
  showUiLanguage(ui, text);
  const examples = $<HTMLSelectElement>('example');
  const chosen = examples.value;
  examples.replaceChildren(
    newOption('', text('exampleNone')),
    ...index.map((entry) => newOption(entry.file, localize(entry.title, ui).text)),
  );
  examples.value = chosen;
  showProblems();
}

/** A seed feed's template table and its details, from this site: an example to start from. */
async function loadExample(file: string): Promise<void> {
  if (!file) return;
  const [table, example] = await Promise.all([
    fetch(`/data/templates/${file.replace(/\.json$/, '.csv')}`).then((response) => response.text()),
    fetch(`/data/${file}`).then((response) => response.json() as Promise<Feed>),
  ]);
  tableInput.value = table;
  const set = (name: string, value: string | undefined): void => {
    (details.elements.namedItem(name) as HTMLInputElement).value = value ?? '';
  };
  set('id', example.id);
  for (const locale of LOCALES)
    set(
      `title:${locale}`,
      typeof example.title === 'string' ? (locale === ui ? example.title : '') : example.title[locale],
    );
  set('source-name', example.source ? localize(example.source.name, ui).text : '');
  set('source-url', example.source?.url);
  set('published', example.source?.published);
  set('period', example.period);
  convert();
}

let pending: ReturnType<typeof setTimeout> | undefined;
const soon = (): void => {
  clearTimeout(pending);
  pending = setTimeout(convert, 250);
};
tableInput.addEventListener('input', soon);
details.addEventListener('input', soon);
previewLocale.addEventListener('change', showResult);
$<HTMLInputElement>('file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  tableInput.value = await file.text();
  const idField = details.elements.namedItem('id') as HTMLInputElement;
  if (!idField.value)
    idField.value = file.name
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  convert();
});
$<HTMLSelectElement>('example').addEventListener(
  'change',
  (event) => void loadExample((event.target as HTMLSelectElement).value),
);
$('download').addEventListener('click', download);
$('copy').addEventListener(
  'click',
  () =>
    void copySnippet($<HTMLTextAreaElement>('snippet'), $('copied'), {
      copied: text('copied'),
      selected: text('selected'),
    }),
);
onUiLocaleChosen((chosen) => {
  ui = chosen;
  applyLanguage();
});

previewLocale.value = ui;
applyLanguage();
const [hosted, list] = await Promise.all([hostedBundle(), fetchFeedIndex()]);
bundle = hosted.address;
$('bundle-missing').hidden = hosted.served;
index = list;
applyLanguage();
convert();
