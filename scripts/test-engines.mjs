// Runs the browser suite in each engine one after another (the machines have two cores) and prints one
// pass/fail line per engine. ENGINES=firefox,webkit picks some; TEST_FILES narrows the files as usual.
// Firefox runs twice: the second pass starts it with a dark colour scheme and reduced motion in its
// preferences and runs the files with tests that need a reader preference; the rest of their tests are
// skipped there (test/support/engine.ts).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MEDIA_CALL = 'itPrefers(';
const engines = (process.env.ENGINES || 'chromium,firefox,webkit').split(',').filter(Boolean);

function testFiles(dir = 'test') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** A TEST_FILES entry as web-test-runner reads it: a path, or a pattern with `*` (one folder) and `**` (any). */
function matcher(pattern) {
  const source = pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?|\*/g, (star) => (star === '*' ? '[^/]*' : '(?:.*/)?'));
  return new RegExp(`^${source}$`);
}

/** The test files TEST_FILES names (its patterns expanded), or every one. */
function selectedFiles() {
  if (!process.env.TEST_FILES) return testFiles();
  const patterns = process.env.TEST_FILES.split(',').map(matcher);
  return testFiles().filter((file) => patterns.some((pattern) => pattern.test(file)));
}

const ANSI = new RegExp(String.raw`\u001b\[[0-9;]*[A-Za-z]`, 'g');

/** The failed tests web-test-runner reported (a ❌ line, and the two lines of error under it), each once. */
function failures(output) {
  const lines = output.replace(ANSI, '').split('\n');
  const found = new Set();
  lines.forEach((line, index) => {
    if (!line.includes('❌')) return;
    const file = lines
      .slice(0, index)
      .reverse()
      .find((above) => /^\S.*\.test\.ts:$/.test(above.trim()));
    const reason = lines
      .slice(index + 1, index + 3)
      .map((below) => below.trim())
      .filter(Boolean);
    found.add([`  ${file?.trim() ?? ''} ${line.trim()}`, ...reason.map((text) => `      ${text}`)].join('\n'));
  });
  return [...found];
}

/** Runs web-test-runner once; resolves with its exit code, a summary line and the tests that failed. */
function runOnce(label, env) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npx', ['web-test-runner'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('close', (code) => {
      const plain = output.slice(-4000).replace(ANSI, '');
      const counts = [...plain.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].pop();
      const seconds = Math.round((Date.now() - started) / 1000);
      const summary = counts ? `${counts[1]} passed, ${counts[2]} failed, ${counts[3] ?? 0} skipped` : 'no result';
      const line = `${label}: ${code === 0 ? 'PASS' : 'FAIL'}, ${summary} in ${seconds} s`;
      resolve({ label, code: code ?? 1, line, failed: failures(output) });
    });
  });
}

const results = [];
for (const engine of engines) {
  results.push(await runOnce(engine, { ENGINE: engine }));
  if (engine === 'firefox') {
    const files = selectedFiles().filter((file) => readFileSync(file, 'utf8').includes(MEDIA_CALL));
    if (files.length > 0) {
      results.push(
        await runOnce('firefox (dark, reduced motion)', {
          ENGINE: 'firefox',
          FIREFOX_PREFERS: 'dark,reduced-motion',
          TEST_FILES: files.join(','),
        }),
      );
    }
  }
}
console.log('\n---- browser tests per engine ----');
for (const { line, failed } of results) {
  console.log(line);
  for (const failure of failed) console.log(failure);
}
process.exit(results.some(({ code }) => code !== 0) ? 1 : 0);
