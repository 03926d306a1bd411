/**
 * The interface language of the demo's pages, asked for with `?lang=`. On the publisher pages (the feed editor
 * and the embed builder) the `[data-ui-locale]` switch shows it and keeps the publisher's choice in the
 * address, so that a reload or a shared link opens in the same language.
 */
import { LOCALES, type Locale } from '../src/i18n/locale.js';

/** The language the address asks for, else Kazakh. */
export function requestedUiLocale(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  return LOCALES.find((locale) => locale === asked) ?? 'kk';
}

/** Writes the page's own words in `ui` (`text` gives the words of a `data-i18n` key) and presses its button. */
export function showUiLanguage(ui: Locale, text: (key: string) => string): void {
  document.documentElement.lang = ui;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((element) => {
    element.textContent = text(element.dataset.i18n ?? '');
  });
  document.title = `${text('title')} · inclusion-widgets`;
  document
    .querySelectorAll<HTMLButtonElement>('[data-ui-locale]')
    .forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.uiLocale === ui)));
}

/** Calls `choose` with the language of the switch's button the publisher presses, once it is in the address. */
export function onUiLocaleChosen(choose: (ui: Locale) => void): void {
  document.querySelectorAll<HTMLButtonElement>('[data-ui-locale]').forEach((button) =>
    button.addEventListener('click', () => {
      const ui = button.dataset.uiLocale as Locale;
      const url = new URL(location.href);
      url.searchParams.set('lang', ui);
      history.replaceState(null, '', url);
      choose(ui);
    }),
  );
}
