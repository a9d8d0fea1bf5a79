// Code passed to page.evaluate() runs inside the extension, where `chrome` exists.
import type { WxtBrowser } from 'wxt/browser';

declare global {
  const chrome: WxtBrowser;
}
