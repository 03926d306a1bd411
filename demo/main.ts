/**
 * The demo page: every seed feed as an <inclusion-dashboard>, with a language and a theme switch.
 * Feed text is placed with textContent only: the demo follows the same rules as the library.
 */
import '../src/index.js';
import { localizeOptional } from '../src/feed/localize.js';
import type { LocalizedString } from '../src/feed/schema.js';
import type { Locale } from '../src/i18n/locale.js';
import type { Theme } from '../src/elements/shared/feed-element-properties.js';
import { DEMO_LANGUAGE_NAMES as LANGUAGE_NAMES, DEMO_UI as UI } from './demo-messages.js';
import { newElement } from './dom.js';
import { fetchFeedIndex, type FeedIndexEntry } from './feed-index.js';
import { requestedUiLocale } from './ui-language.js';

const params = new URLSearchParams(location.search);
let locale = requestedUiLocale();
let theme: Theme = (['light', 'dark', 'auto'] as const).find((t) => t === params.get('theme')) ?? 'light';
let sections: { entry: FeedIndexEntry; meta: HTMLElement; tocLink: HTMLAnchorElement }[] = [];

function setText(node: HTMLElement, value: LocalizedString | undefined): void {
  const text = localizeOptional(value, locale);
  node.textContent = text?.text ?? '';
  if (text?.lang && text.lang !== locale) node.lang = text.lang;
  else node.removeAttribute('lang');
}

/**
 * A switch's choice (`name` is both its buttons' data attribute and the embed page's parameter): its button
 * pressed, and the link to the widget on a page of its own opening with the same choice.
 */
function showChoice(name: 'locale' | 'theme', value: string): void {
  const embed = document.querySelector<HTMLAnchorElement>('#embed-link');
  if (embed) {
    const url = new URL(embed.href);
    url.searchParams.set(name, value);
    embed.href = url.href;
  }
  document
    .querySelectorAll<HTMLButtonElement>(`button[data-${name}]`)
    .forEach((button) => button.setAttribute('aria-pressed', String(button.dataset[name] === value)));
}

/** Calls `choose` with the value of the `name` switch's button the reader presses, then keeps both in the address. */
function onChoice(name: 'locale' | 'theme', choose: (value: string) => void): void {
  document.querySelectorAll<HTMLButtonElement>(`button[data-${name}]`).forEach((button) =>
    button.addEventListener('click', () => {
      choose(button.dataset[name]!);
      remember();
    }),
  );
}

function applyLocale(): void {
  document.documentElement.lang = locale;
  const ui = UI[locale];
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    node.textContent = ui[node.dataset.i18n ?? ''] ?? node.textContent;
  });
  document.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((node) => {
    node.setAttribute('aria-label', ui[node.dataset.i18nLabel ?? ''] ?? node.getAttribute('aria-label') ?? '');
  });
  document.title = `${ui.portal} · inclusion-widgets`;
  showChoice('locale', locale);
  for (const section of sections) {
    section.meta.textContent = `${UI[locale].original}: ${LANGUAGE_NAMES[locale][section.entry.lang]}`;
    setText(section.tocLink, section.entry.title);
  }
}

function applyTheme(): void {
  document.documentElement.dataset.theme = theme;
  document.querySelectorAll('inclusion-dashboard').forEach((widget) => widget.setAttribute('theme', theme));
  showChoice('theme', theme);
}

function remember(): void {
  const url = new URL(location.href);
  url.searchParams.set('lang', locale);
  url.searchParams.set('theme', theme);
  history.replaceState(null, '', url);
}

async function build(): Promise<void> {
  const main = document.getElementById('content')!;
  const toc = document.getElementById('toc')!;
  try {
    const index = await fetchFeedIndex();
    sections = index.map((entry) => {
      const section = newElement('section', undefined, 'feed');
      section.id = entry.id;
      // The dashboard writes the feed's own title (a level-2 heading), source, date and period.
      const dashboard = document.createElement('inclusion-dashboard');
      dashboard.setAttribute('src', `/data/${entry.file}`);
      dashboard.setAttribute('theme', theme);
      dashboard.setAttribute('heading-level', '2');
      const meta = newElement('p', undefined, 'feed-meta');
      section.append(dashboard, meta);
      main.append(section);
      const item = newElement('li');
      const tocLink = newElement('a');
      tocLink.href = `#${entry.id}`;
      item.append(tocLink);
      toc.append(item);
      return { entry, meta, tocLink };
    });
  } catch {
    main.append(newElement('p', UI[locale].failed, 'failed'));
  }
  applyLocale();
  applyTheme();
}

onChoice('locale', (value) => {
  locale = value as Locale;
  applyLocale();
});
onChoice('theme', (value) => {
  theme = value as Theme;
  applyTheme();
});

// On a phone the contents start folded, so the first figures are on the first screen.
const contents = document.querySelector<HTMLDetailsElement>('#toc-details');
if (contents && matchMedia('(max-width: 600px)').matches) contents.open = false;

void build();
