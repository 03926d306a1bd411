// The three browser engines the suite runs in, each from the Debian packages CI installs (nothing is
// downloaded): Chromium over CDP, Firefox ESR over WebDriver BiDi (both through puppeteer), and WebKitGTK's
// MiniBrowser over classic WebDriver under a virtual X display.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const miniBrowserPath = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--headless=new',
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  });
}

/**
 * Firefox reads the reader's colour scheme and motion preference from its preferences at start-up, and its
 * WebDriver BiDi has no way to change them afterwards: `FIREFOX_PREFERS=dark,reduced-motion` starts it as a
 * reader with those settings would (the suite's second Firefox pass).
 */
function firefoxPrefs() {
  const wanted = new Set((process.env.FIREFOX_PREFERS ?? '').split(',').filter(Boolean));
  return {
    'ui.systemUsesDarkTheme': wanted.has('dark') ? 1 : 0,
    'layout.css.prefers-color-scheme.content-override': wanted.has('dark') ? 0 : 1,
    'ui.prefersReducedMotion': wanted.has('reduced-motion') ? 1 : 0,
    // A test tab never loses focus to another window: keyboard tests need the page focused.
    'focusmanager.testmode': true,
  };
}

function firefox() {
  const launcher = puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: firefoxPrefs(),
      protocolTimeout: 120_000,
    },
  });
  // The runner reuses a tab from one test file to the next. A test that tabs past the page's last control sends
  // Firefox's focus to the browser's own toolbar, and a page without focus gets no focus events and no
  // activation from keys: the next file starts with the focus given back to the page.
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (sessionId, url) => {
    const reused = launcher.inactivePages.at(-1)?.puppeteerPage;
    if (reused) await focusContent(reused);
    return startSession(sessionId, url);
  };
  return launcher;
}

/** Tabs from the browser's toolbar back into the page, as a keyboard user would; true once the page has focus. */
export async function focusContent(page) {
  await page.bringToFront();
  for (let i = 0; i < 6; i += 1) {
    if (await page.evaluate(() => document.hasFocus())) return true;
    await page.keyboard.press('Tab');
  }
  return page.evaluate(() => document.hasFocus());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, driver, ms = 30_000) {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms / 1000} s`);
}

/** MiniBrowser through WebKitWebDriver, which this launcher starts under xvfb-run and stops with the run. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 120_000,
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: webdriverio would otherwise ask for BiDi, which WebKitWebDriver does not offer.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    const port = await freePort();
    this.options.port = port;
    this.driverProcess = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
      stdio: 'ignore',
      detached: true,
    });
    await waitForDriver(port, this.driverProcess);
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      // xvfb-run starts Xvfb and the driver in a process group of their own: end the whole group.
      const driver = this.driverProcess;
      if (driver && driver.exitCode === null) {
        try {
          process.kill(-driver.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
  }
}

export function launcherFor(engine) {
  switch (engine) {
    case 'chromium':
      return chromium();
    case 'firefox':
      return firefox();
    case 'webkit':
      return new WebKitLauncher();
    default:
      throw new Error(`ENGINE must be one of ${ENGINES.join(', ')}, not "${engine}"`);
  }
}
