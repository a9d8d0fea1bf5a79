// Types of tldts's minified ES module (lib/settings/public-suffix.ts says why it is imported directly).
declare module 'tldts/dist/index.esm.min.js' {
  export { parse } from 'tldts';
}
