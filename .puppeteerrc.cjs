/**
 * Puppeteer drives Debian's Firefox ESR in the browser tests; it must never download a browser of its own
 * (these machines reach only the npm and Debian registries), so `npm ci` works without any variable set.
 */
module.exports = { skipDownload: true };
