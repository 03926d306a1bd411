/** Text in runs (i18n/lang-runs.ts) as markup: a run in another language is a span with its `lang`. */
import { html, type TemplateResult } from 'lit';
import type { TextRun } from '../../i18n/lang-runs.js';

export function renderRuns(runs: readonly TextRun[]): (string | TemplateResult)[] {
  return runs.map((run) => (run.lang ? html`<span lang=${run.lang}>${run.text}</span>` : run.text));
}
