/** What loading built copies of the library says to the page: its console warnings and uncaught errors. */

/** Imports a built file by its URL, as a page's script tag or an app's import would. */
export const loadBuilt = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

export interface PageNoise {
  /** The library's console warnings (those naming inclusion-widgets). */
  readonly warnings: string[];
  /** The messages of errors that reached the page uncaught. */
  readonly errors: string[];
}

/** Runs `steps` and records, meanwhile, the library's console warnings and every uncaught error. */
export async function recordPageNoise(steps: () => Promise<void>): Promise<PageNoise> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent): void => void errors.push(event.message);
  window.addEventListener('error', onError);
  try {
    await steps();
  } finally {
    console.warn = originalWarn;
    window.removeEventListener('error', onError);
  }
  return { warnings: warnings.filter((warning) => warning.includes('inclusion-widgets')), errors };
}
