import type { Plugin } from 'vite';

export declare const plotD3Path: string;
export declare function isPlotImportOfD3(source: string, importer: string | undefined): boolean;
export declare function plotD3Alias(): Plugin;
