/**
 * Keeps an element's language in step with its `locale` attribute and every `lang` above it. One
 * document-wide observer serves all elements, so 200 widgets on a page cost one MutationObserver.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveElementLocale, type Locale } from '../../i18n/locale.js';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string };

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LocaleController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language to speak now. Cheap: a `closest()` walk. */
  get value(): Locale {
    return resolveElementLocale(this.host, this.host.locale);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watch();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
