// The configuration lives in the lint workspace (tools/lint), whose packages resolve from there: typescript-eslint
// needs the TypeScript 6 API, which the project's TypeScript 7 compiler no longer ships.
export { default } from './tools/lint/eslint.config.js';
