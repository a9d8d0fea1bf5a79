// The URL of the tab the counsellor is looking at. Without the `tabs`
// permission the browser reveals it only for listed sites (host permissions)
// or after a gesture on the extension (activeTab); anything else reads as none.
// From the background, the "current" window is the last focused one.
import type { Browser } from './browser';

export async function activeTabUrl(browser: Browser): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
