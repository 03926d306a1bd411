/** The abort signals of every `fetch` the page makes while `body` runs; `fetch` is restored afterwards. */
export async function withFetchSignals(body: (signals: readonly AbortSignal[]) => Promise<void>): Promise<void> {
  const signals: AbortSignal[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    if (init?.signal) signals.push(init.signal);
    return original(input, init);
  };
  try {
    await body(signals);
  } finally {
    window.fetch = original;
  }
}
