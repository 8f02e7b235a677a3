import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const PASSWORD = 'sdmi-demo';
const REALM = 'http://127.0.0.1:8180/realms/sdmi';
const API = process.env.SDMI_CONSOLE_URL ?? 'http://127.0.0.1:8080';

/** Logs in through Keycloak's own login page, as a person would: the console sends the browser there first. */
export async function login(page: Page, user: string, path = '/') {
  await page.goto(path);
  await page.waitForURL(/127\.0\.0\.1:8180\/realms\/sdmi\//);
  await page.fill('#username', user);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.origin === new URL(API).origin && !url.searchParams.has('code'));
  await expect(page.getByTestId('user')).toContainText(user);
}

/** axe-core over the page as it is: no serious or critical violation of WCAG 2.1 A/AA. */
export async function accessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
}

/** A full-page screenshot kept as a test artefact (target/screenshots). */
export async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync('target/screenshots', { recursive: true });
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage });
}

/** A token of a demo user from the realm (password grant of the local stack's gateway client), for test data. */
export async function tokenOf(user: string): Promise<string> {
  const r = await fetch(`${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'sdmi-gateway', client_secret: 'sdmi-gateway-local-secret', username: user, password: PASSWORD }),
  });
  expect(r.ok).toBeTruthy();
  return ((await r.json()) as { access_token: string }).access_token;
}

/** A call to the API as a demo user (test data made and checked through the platform's contract). */
export async function apiAs<T = unknown>(user: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${await tokenOf(user)}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: (text ? JSON.parse(text) : null) as T, headers: r.headers };
}

/**
 * Every page fails its test on an error in the browser's console or an uncaught exception. Chromium also logs each
 * refused request as an error: a test that provokes a refusal on purpose (403, 409, 412) names its status in
 * `refusals`, and only those are let through.
 */
export const test = base.extend<{ refusals: number[]; consoleErrors: string[] }>({
  refusals: [[], { option: true }],
  consoleErrors: [
    async ({ context, refusals }, use) => {
      const errors: string[] = [];
      const watch = (page: import('@playwright/test').Page) => {
        page.on('console', (m) => {
          if (m.type() !== 'error') return;
          const refused = /the server responded with a status of (\d+)/.exec(m.text());
          if (refused && refusals.includes(Number(refused[1]))) return;
          errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(String(e)));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
