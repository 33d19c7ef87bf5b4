// One server and one Chromium per suite: started before its tests, stopped after; each page in a fresh context.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, launchBrowser, type RunningBrowser } from './browser.js';
import { repoRoot, startServer, type RunningServer } from './server.js';

/** Whether Chromium is here; under CI it must be (a skipped browser suite would pass unseen). */
export const browserAvailable = existsSync(chromiumPath);
if (!browserAvailable && process.env.CI === 'true') throw new Error(`browser tests: ${chromiumPath} is missing under CI=true`);

/** Where the suites save their screenshots. */
export const artifacts = join(repoRoot, 'apps/web/test-artifacts');

export interface Viewport {
  width: number;
  height: number;
}

export interface BrowserSession {
  readonly server: RunningServer;
  /** `path` of the server in a new browser context (zh-CN); close it when done. */
  open(path: string, viewport?: Viewport): Promise<{ page: Page; close: () => Promise<void> }>;
}

/** Starts the server (`startServer` options, read when the suite starts) and Chromium around the calling suite. */
export function browserSession(serverOptions: () => Parameters<typeof startServer>[0], options: { viewport?: Viewport; startTimeoutMs?: number } = {}): BrowserSession {
  let server: RunningServer | undefined;
  let chrome: RunningBrowser | undefined;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await startServer(serverOptions());
    chrome = await launchBrowser();
  }, options.startTimeoutMs);
  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });
  const started = () => {
    if (!server || !chrome) throw new Error('browserSession: used outside the suite it was started in');
    return { server, browser: chrome.browser };
  };
  return {
    get server() {
      return started().server;
    },
    async open(path, viewport = options.viewport ?? { width: 1280, height: 800 }) {
      const { server: running, browser } = started();
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${running.url}${path}`);
      return { page, close: () => context.close() };
    },
  };
}
