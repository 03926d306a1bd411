// dist/feed.schema.json, the feed's rules for authors' own tools: what it can say, it says as the widgets judge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(await readFile(join(root, 'dist', 'feed.schema.json'), 'utf8'));
const REGION_CODES = [
  ...(await readFile(join(root, 'src', 'regions', 'codes.ts'), 'utf8')).matchAll(/'(KZ-\d\d)'/g),
].map(([, code]) => code);

/** Every object schema in the document whose properties are exactly `keys`. */
function objectsWith(keys, node = schema, found = []) {
  if (Array.isArray(node)) node.forEach((child) => objectsWith(keys, child, found));
  else if (node && typeof node === 'object') {
    const names = node.type === 'object' && node.properties ? Object.keys(node.properties).sort() : [];
    if (names.join() === [...keys].sort().join()) found.push(node);
    Object.values(node).forEach((child) => objectsWith(keys, child, found));
  }
  return found;
}

test('a text in kk/ru/en, and a unit’s plural forms, need at least one entry', () => {
  const languages = objectsWith(['kk', 'ru', 'en']);
  const forms = objectsWith(['zero', 'one', 'two', 'few', 'many', 'other']);
  assert.ok(languages.length >= 6 && forms.length >= 1, 'the localized objects are found');
  for (const object of [...languages, ...forms]) assert.equal(object.minProperties, 1);
});

test('a breakdown key that is not a region code needs a label', () => {
  const [item] = objectsWith(['key', 'value', 'qualifier', 'label']);
  assert.equal(REGION_CODES.length, 20);
  assert.deepEqual(item.if, { properties: { key: { not: { enum: REGION_CODES } } } });
  assert.deepEqual(item.then, { required: ['label'] });
});
