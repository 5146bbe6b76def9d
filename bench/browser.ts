import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../e2e/playwright.config';

/** Debian's Chromium, headless, with the flags this machine needs (see e2e/playwright.config.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}
