/** What the page has fetched, for the tests that check which code loads, and when. */

// The dev server serves d3 as hundreds of modules: keep every resource entry, not the default 250.
performance.setResourceTimingBufferSize(100_000);

/** The address of every resource the page has fetched whose address matches `pattern`. */
export const loaded = (pattern: RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
