// Chrome's explicit compile hint, per file (Chrome 136+; other browsers read a comment). One spelling for
// the build that adds it (vite.config.ts), the test that checks it (test/bundle.node.mjs) and the bench's
// `plot-hinted` row (bench/run.mjs): a typo in any of them would silently stop it working.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
