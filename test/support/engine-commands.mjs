// Server commands the tests need in every engine, where @web/test-runner-commands covers only some:
// key chords (classic WebDriver takes no separate key-down and key-up) and media emulation (CDP only).
import { focusContent } from './engines.mjs';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

async function pressChord(session, keys) {
  const { browser } = session;
  if (browser.type === 'puppeteer') {
    const { keyboard } = browser.getPage(session.id);
    for (const key of keys) await keyboard.down(key);
    for (const key of [...keys].reverse()) await keyboard.up(key);
    return true;
  }
  if (browser.type === 'webdriver') {
    // webdriverio's `keys` presses every key of the list in order, then releases them all: a chord.
    await browser.sendKeys(session.id, keys);
    return true;
  }
  throw new Error(`No key chords for browser type ${browser.type}.`);
}

/** Emulates media features where the protocol can (CDP); answers false where it cannot. */
async function emulateMedia(engine, session, features) {
  if (engine !== 'chromium' || session.browser.type !== 'puppeteer') return false;
  const page = session.browser.getPage(session.id);
  await page.emulateMediaFeatures(Object.entries(features).map(([name, value]) => ({ name, value })));
  return true;
}

export function engineCommands(engine) {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'press-chord') {
        const keys = payload?.keys;
        if (!Array.isArray(keys) || keys.length === 0 || !keys.slice(0, -1).every((key) => MODIFIERS.has(key))) {
          throw new Error(`press-chord takes { keys: [...modifiers, key] }, not ${JSON.stringify(payload)}`);
        }
        return pressChord(session, keys);
      }
      if (command === 'focus-page') {
        return session.browser.type === 'puppeteer' ? focusContent(session.browser.getPage(session.id)) : false;
      }
      if (command === 'preferences-pass') return Boolean(process.env.FIREFOX_PREFERS);
      if (command === 'emulate-media-features') return emulateMedia(engine, session, payload ?? {});
      return undefined;
    },
  };
}
