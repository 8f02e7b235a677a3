import { defineConfig } from '@playwright/test';

// Browser tests of the console against the running platform (deploy/local/sdmi up, or the test command), in
// Debian's Chromium: Playwright never downloads a browser here.
export default defineConfig({
  testDir: 'tests',
  outputDir: 'target/playwright',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'target/playwright-report', open: 'never' }], ['junit', { outputFile: 'target/playwright-junit.xml' }]],
  use: {
    baseURL: process.env.SDMI_CONSOLE_URL ?? 'http://127.0.0.1:8080',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
