// Debian's Chromium driven by playwright-core: one browser, a fresh profile, no network chatter.
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.DUTYMAP_CHROMIUM ?? '/usr/bin/chromium';

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<RunningBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-quic', '--no-first-run', '--disable-sync',
      // No --user-data-dir here: launch() refuses it and already starts from a fresh temp profile.
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
    },
  };
}
