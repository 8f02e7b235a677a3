import { expect, login, test } from './fixtures';

/** The access token the console holds (oidc-client-ts keeps the session in the tab's sessionStorage). */
function accessToken(): string | null {
  const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
  return key ? (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token : null;
}

test('the session is renewed with the refresh token before the access token expires, and the console keeps working', async ({ page, baseURL }) => {
  // the local realm gives the console 2-minute tokens: renewed a minute before they expire
  test.setTimeout(180_000);
  await login(page, 'viewer');
  const first = await page.evaluate(accessToken);
  expect(first).toBeTruthy();
  await page.waitForFunction((before) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return !!key && (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token !== before;
  }, first, { timeout: 120_000, polling: 1000 });
  // no login page on the way: the same tab, the API answering with the new token
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  await page.getByRole('link', { name: 'Pencarian NSDR' }).click();
  await expect(page.getByTestId('total')).toBeVisible();
});
