/**
 * The package entry `inclusion-widgets/map`: the element, and Lit's hydration support so that it takes over
 * markup a server rendered for it. The script tag's loader imports `define.ts` alone and loads the
 * hydration support only for a page with server-rendered markup.
 */
import '../shared/hydrate-support.js';

export * from './define.js';
