/**
 * Which engine runs the suite, and tests that can only run in some: their title says where and why, and
 * elsewhere they are reported as skipped (never dropped).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(): Engine {
  const agent = navigator.userAgent;
  if (/Firefox\//.test(agent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(agent)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = detect();

const NAMES: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * Why a test of when frames come is Chromium's alone: it holds the scheduling the bench measures there, and
 * Firefox and WebKit driven over WebDriver on a loaded machine may render no frame between two tasks.
 */
export const FRAME_TIMING = 'frame timing as the bench measures it';

/** `it` that runs only in `engines`; the title ends with "(Chromium only: why)". */
export function itOnlyIn(
  engines: readonly Engine[],
  why: string,
  title: string,
  fn: () => Promise<void> | void,
): Mocha.Test {
  const where = engines.map((name) => NAMES[name]).join(', ');
  return it(`${title} (${where} only: ${why})`, async function () {
    if (!engines.includes(engine)) this.skip();
    await fn();
  });
}

export interface MediaWish {
  readonly 'prefers-color-scheme'?: 'light' | 'dark';
  readonly 'prefers-reduced-motion'?: 'reduce' | 'no-preference';
}

/** Marks the tests that the Firefox pass with dark and reduced-motion preferences runs. */
const MEDIA_MARKER = '[reader preference]';

let preferencesPass: Promise<boolean> | undefined;
const inPreferencesPass = (): Promise<boolean> =>
  (preferencesPass ??= executeServerCommand('preferences-pass').then(Boolean));

// In that pass every other test of the file is skipped: it ran in the main pass already.
beforeEach(async function () {
  if (this.currentTest?.title.includes(MEDIA_MARKER)) return;
  if (await inPreferencesPass()) this.skip();
});

function matches(wish: MediaWish): boolean {
  return Object.entries(wish).every(([name, value]) => matchMedia(`(${name}: ${value})`).matches);
}

/**
 * A test that needs a reader preference (dark scheme, reduced motion). Chromium emulates it over CDP. Firefox
 * has no way to change it from WebDriver BiDi: it runs in the suite's second Firefox pass, started with those
 * preferences, and is skipped in the first. WebKitGTK's WebDriver cannot set either, so it is skipped there.
 */
export function itPrefers(wish: MediaWish, title: string, fn: () => Promise<void> | void): Mocha.Test {
  const where = '(emulated in Chromium, Firefox from its preferences, not in WebKit)';
  return it(`${title} ${MEDIA_MARKER} ${where}`, async function () {
    const emulated = (await executeServerCommand('emulate-media-features', wish)) === true;
    if (!emulated && !matches(wish)) {
      if (await inPreferencesPass())
        throw new Error(`Firefox was started without the preference ${JSON.stringify(wish)}`);
      this.skip();
    }
    try {
      await fn();
    } finally {
      if (emulated) await executeServerCommand('emulate-media-features', {});
    }
  });
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Gives the page the keyboard if it lost it (Firefox sends focus to its toolbar when a test tabs past the
 * page's last control), and the focus back to the element that had it.
 */
export async function focusPage(): Promise<void> {
  if (document.hasFocus()) return;
  const previous = deepActiveElement();
  await executeServerCommand('focus-page');
  if (previous instanceof HTMLElement || previous instanceof SVGElement) previous.focus();
}

/** Presses a chord ("Shift+Tab") in any engine: modifiers held while the last key goes down. */
export async function pressChord(keys: readonly string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}
