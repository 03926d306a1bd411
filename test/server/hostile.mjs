/**
 * The XSS corpus (test/reliability/xss-corpus.ts, shared with the browser tests) for Node, and the feed
 * that puts one payload in every text field, as the browser's injection tests do.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { repositoryRoot } from '../support/static-server.mjs';

export async function xssCorpus() {
  const source = await readFile(join(repositoryRoot, 'test/reliability/xss-corpus.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.XSS_CORPUS;
}

export function hostileFeed(payload) {
  return {
    version: 1,
    id: payload,
    title: { kk: payload, ru: payload, en: payload },
    description: payload,
    source: { name: payload, author: payload, url: 'https://example.org/a?b=<c>&d="e"', published: '2025-11-19' },
    period: '2025',
    metrics: [
      {
        id: 'a',
        label: { kk: payload, ru: payload, en: payload },
        value: 5,
        unit: { kk: payload, ru: { one: payload, few: payload, many: payload, other: payload }, en: payload },
        note: payload,
        source: { name: { ru: payload }, author: payload },
        series: [
          { period: '2024', value: 1 },
          { period: '2025', value: 5 },
        ],
        breakdown: [
          { key: 'KZ-35', value: 3 },
          { key: payload, value: 2, label: payload },
        ],
      },
    ],
  };
}
