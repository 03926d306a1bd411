/**
 * Where the built bundle is for the snippets the builder and the editor write: this server's
 * /dist/inclusion-widgets.js when it serves one (`npm start` after `npm run build`, or the static demo of
 * `npm run build:demo`). `served` is false when it does not, so the page can say what to do.
 */
export async function hostedBundle(): Promise<{ address: string; served: boolean }> {
  const address = new URL('/dist/inclusion-widgets.js', location.origin).href;
  try {
    const response = await fetch(address, { method: 'HEAD' });
    return { address, served: response.ok && /javascript/.test(response.headers.get('content-type') ?? '') };
  } catch {
    return { address, served: false };
  }
}
