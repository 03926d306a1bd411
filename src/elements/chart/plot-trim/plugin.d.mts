import type { Plugin } from 'vite';

export declare function replacementFor(source: string, importer: string | undefined): string | undefined;
export declare function markPureFactories(code: string): string;
export declare function markPureInterpolators(code: string): string;
export declare function leaveOutSelectionMethods(code: string, leftOutModule: string): string;
export declare function plotTrim(): Plugin;
export declare function plotTrimForDevServer(): {
  name: string;
  resolveImport(args: { source: string; context: { path: string } }): string | undefined;
  transform(context: { path: string; body: unknown }): { body: string } | undefined;
};
