// `node bench/trace.mjs <scenario> [library] [runs]`: the main thread's tasks while one bench scenario runs,
// from a Chrome trace: when each task starts, how long it takes, and what it is (script, a frame's style,
// layout and paint, a message task). This is how frames and tasks were told apart when the chart was made
// faster (a chart's shell laid out and painted in one frame, its drawing in a later task, then another
// frame). `TREE=<depth>` also prints the trace events of 1 ms or more as a tree, to that depth. Uses the
// pages `npm run bench` built in bench/.out (run it, or `node bench/run.mjs --quick`, first). Only for
// finding costs.
import { join } from 'node:path';
import { launchChromium, serveStatic, urlOf } from '../test/support/static-server.mjs';

const [scenario = 'bar-6', library = 'ours', runs = '3'] = process.argv.slice(2);
const out = join(import.meta.dirname, '.out');
const server = await serveStatic({
  mounts: { '/.out/': out },
  intercept(path, res) {
    const page = /^\/page\/(\w+)\.html$/.exec(path);
    if (!page) return false;
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        '<!doctype html><html lang="en"><body><div id="stage"></div>' +
          `<script type="module" src="/.out/${page[1]}.js"></script></body></html>`,
      );
    return true;
  },
});
const browser = await launchChromium();
const totals = new Map();
const cpuTimes = [];
const ms = (microseconds) => (microseconds / 1000).toFixed(1);

for (let run = 0; run < Number(runs); run += 1) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // `ours-cold`: our page without the preload, as `npm run bench`'s row of that name.
  await page.goto(
    urlOf(
      server,
      library === 'ours-cold' ? '/page/ours.html' : `/page/${library}.html${library === 'ours' ? '?preload' : ''}`,
    ),
  );
  await page.waitForFunction(() => 'bench' in window);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'toplevel'],
  });
  // Started in a task of its own, so every task of the run lies between the two marks.
  const took = await page.evaluate(
    (name) =>
      new Promise((resolve) =>
        setTimeout(async () => {
          performance.mark('bench-start');
          const started = performance.now();
          await window.bench.run(name, '/data/karaganda-disability-employment.json');
          performance.mark('bench-end');
          resolve(performance.now() - started);
        }),
      ),
    scenario,
  );
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const mark = (name) => traceEvents.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('bench-start');
  const end = mark('bench-end');
  const onThread = traceEvents.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid);
  // The task that ran the start mark began a moment before it: it counts too.
  const first = onThread.find(
    (e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts <= start.ts && e.ts + e.dur >= start.ts,
  );
  const from = first?.ts ?? start.ts;
  const mine = onThread.filter((e) => e.ts >= from && e.ts <= end.ts);
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur >= 1000);
  // Main-thread CPU time (the trace's thread clock): unlike wall time, it does not grow while other
  // processes hold the machine's cores, so two versions can be compared on a shared machine.
  const cpu = mine
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .reduce((sum, e) => sum + (e.tdur ?? e.dur), 0);
  cpuTimes.push(cpu / 1000);
  const kind = (task) => {
    const inside = mine.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).map((e) => e.name);
    if (inside.includes('FireAnimationFrame')) return 'frame, animation callbacks first';
    if (inside.includes('WebFrameWidgetImpl::UpdateLifecycle')) return 'frame';
    if (inside.includes('MessagePort::Accept')) return 'message';
    if (inside.includes('TimerFire')) return 'timer';
    return 'other';
  };
  console.log(
    `run ${run + 1}: ${took.toFixed(1)} ms, main-thread CPU ${ms(cpu)} ms, ` +
      `longest task ${ms(Math.max(0, ...tasks.map((t) => t.dur)))} ms ` +
      `(CPU ${ms(Math.max(0, ...tasks.map((t) => t.tdur ?? t.dur)))}); tasks of 1 ms or more: ` +
      tasks.map((t) => `@${ms(t.ts - start.ts)} ${ms(t.dur)} ms, CPU ${ms(t.tdur ?? t.dur)} (${kind(t)})`).join(', '),
  );
  if (process.env.TREE) {
    const stack = [];
    for (const event of mine.filter((e) => e.dur >= 1000).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      if (stack.length < Number(process.env.TREE))
        console.log(`  ${'  '.repeat(stack.length)}@${ms(event.ts - start.ts)} ${ms(event.dur)} ${event.name}`);
      stack.push(event);
    }
  }
  for (const event of mine)
    if (event.dur) {
      const [wall = 0, thread = 0] = totals.get(event.name) ?? [];
      totals.set(event.name, [
        wall + event.dur / 1000 / Number(runs),
        thread + (event.tdur ?? 0) / 1000 / Number(runs),
      ]);
    }
  await page.close();
}
const sorted = [...cpuTimes].sort((a, b) => a - b);
console.log(`\nmain-thread CPU per run: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms`);
console.log('\ntime per run (ms, wall and CPU) by trace event, nested events counted in each of their parents:');
for (const [name, [total, cpu]] of [...totals].sort((a, b) => b[1][1] - a[1][1]).slice(0, 40))
  console.log(`${total.toFixed(1).padStart(8)} ${cpu.toFixed(1).padStart(8)}  ${name}`);
await browser.close();
server.close();
