import { expect } from '@esm-bundle/chai';
import {
  BACKOFF_CAP_INTERVALS,
  MIN_DELAY_MS,
  backoffCeiling,
  firstDelay,
  nextDelay,
} from '../../src/feed/refresh-policy.js';
import { honoursRetryAfter, parseRetryAfter } from '../../src/feed/retry-after.js';
import { RefreshScheduler, type RefreshEnvironment, type RefreshOutcome } from '../../src/feed/refresh-scheduler.js';

const MINUTE = 60_000;
const dice = (value: number) => (): number => value;

describe('refresh policy', () => {
  it('starts at a random moment within the interval', () => {
    expect(firstDelay(MINUTE, dice(0.5))).to.equal(30_000);
    expect(firstDelay(MINUTE, dice(0.999))).to.be.below(MINUTE);
    expect(firstDelay(MINUTE, dice(0))).to.equal(MIN_DELAY_MS);
  });

  it('waits the plain interval while the server answers', () => {
    expect(nextDelay(MINUTE, 0, dice(0.3))).to.equal(MINUTE);
  });

  it('backs off exponentially up to ten intervals', () => {
    expect([1, 2, 3, 4, 5, 40].map((failures) => backoffCeiling(MINUTE, failures) / MINUTE)).to.deep.equal([
      2, 4, 8, 10, 10, 10,
    ]);
    expect(BACKOFF_CAP_INTERVALS).to.equal(10);
  });

  it('draws each backoff wait at random between nothing and the ceiling (full jitter)', () => {
    for (const failures of [1, 2, 3, 4, 5, 9]) {
      const ceiling = backoffCeiling(MINUTE, failures);
      expect(nextDelay(MINUTE, failures, dice(0.999))).to.be.within(ceiling * 0.99, ceiling);
      expect(nextDelay(MINUTE, failures, dice(0.5))).to.equal(ceiling / 2);
      expect(nextDelay(MINUTE, failures, dice(0))).to.equal(MIN_DELAY_MS);
    }
  });

  it("takes the server's Retry-After as a floor, with at most one interval of jitter above it", () => {
    expect(nextDelay(MINUTE, 1, dice(0), 120_000)).to.equal(120_000);
    expect(nextDelay(MINUTE, 1, dice(0.5), 120_000)).to.equal(150_000);
    expect(nextDelay(MINUTE, 6, dice(0.999), 5_000)).to.be.below(5_000 + MINUTE);
  });

  it('reads Retry-After as seconds or as an HTTP date, only on 429 and 503', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:30:30 GMT', now)).to.equal(150_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now), 'a date in the past: now').to.equal(0);
    for (const bad of [null, undefined, '', '-5', '1.5', 'soon', '2015-10-21'])
      expect(parseRetryAfter(bad, now), String(bad)).to.equal(undefined);
    expect([429, 503].every(honoursRetryAfter)).to.equal(true);
    expect([500, 502, 404, 200].some(honoursRetryAfter)).to.equal(false);
  });
});

/** A page on a clock the test moves by hand: the environment the node simulation gives the scheduler too. */
function virtualPage(random = dice(0.5)) {
  let now = 0;
  let hidden = false;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const visible = new Set<() => void>();
  const env: RefreshEnvironment = {
    setTimer: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (id) => {
      timers.delete(id as number);
    },
    random,
    isHidden: () => hidden,
    onVisible: (listener) => {
      visible.add(listener);
      return () => visible.delete(listener);
    },
  };
  return {
    env,
    timers,
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
        for (let i = 0; i < 5; i += 1) await Promise.resolve();
      }
      now = end;
    },
    setHidden(value: boolean) {
      hidden = value;
      if (!value) for (const listener of [...visible]) listener();
    },
  };
}

describe('refresh scheduler', () => {
  it('keeps one timer per URL however many elements show it, and asks each of them', async () => {
    const page = virtualPage();
    const scheduler = new RefreshScheduler(page.env);
    const calls: string[] = [];
    const ok = (who: string) => async (): Promise<RefreshOutcome> => {
      calls.push(who);
      return { ok: true };
    };
    const stops = [
      scheduler.subscribe('/a', MINUTE, ok('a1')),
      scheduler.subscribe('/a', MINUTE, ok('a2')),
      scheduler.subscribe('/b', MINUTE, ok('b')),
    ];
    expect(scheduler.size).to.equal(2);
    expect(page.timers.size).to.equal(2);
    await page.advance(30_000);
    expect(calls.sort()).to.deep.equal(['a1', 'a2', 'b']);
    await page.advance(MINUTE);
    expect(calls).to.have.length(6);
    stops.forEach((stop) => stop());
    expect(scheduler.size).to.equal(0);
    expect(page.timers.size).to.equal(0);
  });

  it('asks nothing while the page is hidden, and once when it is shown again', async () => {
    const page = virtualPage();
    const scheduler = new RefreshScheduler(page.env);
    let calls = 0;
    scheduler.subscribe('/a', MINUTE, async () => {
      calls += 1;
      return { ok: true };
    });
    page.setHidden(true);
    await page.advance(10 * MINUTE);
    expect(calls).to.equal(0);
    page.setHidden(false);
    await page.advance(0);
    expect(calls).to.equal(1);
    page.setHidden(true);
    page.setHidden(false);
    await page.advance(1000);
    expect(calls, 'not due again yet').to.equal(1);
  });

  it('counts failures in a row and forgets them after one success', async () => {
    const page = virtualPage(dice(0.999));
    const scheduler = new RefreshScheduler(page.env);
    const outcomes: RefreshOutcome[] = [{ ok: false }, { ok: false }, { ok: false }, { ok: true }];
    scheduler.subscribe('/a', MINUTE, async () => outcomes.shift() ?? { ok: true });
    const failures: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.advance(backoffCeiling(MINUTE, scheduler.failuresOf('/a')) + 1);
      failures.push(scheduler.failuresOf('/a'));
    }
    expect(failures).to.deep.equal([1, 2, 3, 0]);
  });
});
