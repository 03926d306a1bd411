// Serves dist/ a second time under /__copy__/, so a test can load two independent copies of the bundle
// (different URLs → separate module graphs, exactly like two <script> tags from two CDNs).
export function bundleCopy() {
  return (context, next) => {
    if (context.url.startsWith('/__copy__/')) context.url = context.url.slice('/__copy__'.length);
    return next();
  };
}
