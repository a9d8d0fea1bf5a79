// The type of the extension API object handed to lib/ (the polyfilled
// `browser` at run time, WXT's fake browser in tests).
export type { WxtBrowser as Browser } from 'wxt/browser';
