// Starts the built application on a fresh embedded PostgreSQL with demo data, and Debian's Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type Running } from '../server/test/cli-process.ts';

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
export const DEMO_PASSWORD = 'congdoan-demo-2026';

export type E2eApp = { url: string; browser: Browser; close: () => Promise<void> };

export async function startE2eApp(): Promise<E2eApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  let server: Running | null = null;
  try {
    server = await startServer({
      CONGDOAN_DATA_DIR: dataDir,
      CONGDOAN_ADMIN_USER: 'admin',
      CONGDOAN_ADMIN_PASSWORD: 'e2e-admin-password',
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const running = server;
    return {
      url: running.url,
      browser,
      close: async () => {
        await browser.close();
        running.child.kill('SIGTERM');
        await running.exited;
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    server?.child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Saves a full-page screenshot as a test artefact, to be looked at. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A page as an officer sees it: a laptop screen, Vietnamese, and reduced motion, since headless Chromium does not always finish antd's closing animations (the app honours the setting). */
export async function openPage(app: E2eApp): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

/** Logs in through the login screen. */
export async function logIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
