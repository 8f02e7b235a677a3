import { accessible, apiAs, expect, login, shot, test } from './fixtures';

type Dataset = { id: string; status: string; identifier: string };
type History = { action: string; actor: string }[];

test.use({ refusals: [422] });

test('a data steward drafts and submits a dataset, the walidata verifies and publishes it, all in the console', async ({ page, browser }) => {
  const suffix = Date.now().toString(36);
  const title = `Statistik penempatan uji konsol ${suffix}`;
  await login(page, 'steward-bps', '/my/datasets');
  await expect(page.getByTestId('my-datasets')).toBeVisible();
  // the steward's own work screen, not the walidata's queue
  await expect(page.getByRole('link', { name: 'Dataset saya' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Antrean verifikasi' })).toHaveCount(0);
  await accessible(page);
  await page.getByRole('link', { name: 'Dataset baru' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dataset baru');
  await accessible(page);

  // the API's validation, shown next to the field: an identifier must start with the producer's code
  await page.getByLabel('Pengenal').fill(`penempatan-${suffix}`);
  await page.getByLabel('Judul (Indonesia)').fill(title);
  await page.getByLabel('Deskripsi (Indonesia)').fill('Jumlah penempatan pekerja migran menurut negara tujuan, data uji.');
  await page.getByRole('group', { name: 'Tujuan GCM' }).getByLabel('5', { exact: true }).check();
  await page.getByRole('group', { name: 'Disagregasi' }).getByLabel('SEX').check();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.locator('#identifier-error')).toContainText('bps-');
  await expect(page.getByLabel('Pengenal')).toHaveAttribute('aria-invalid', 'true');
  expect((await apiAs<{ total: number }>('walidata', 'GET', `/api/v1/datasets?q=${encodeURIComponent(suffix)}&size=1`)).body.total).toBe(0);
  await shot(page, 'dataset-form-error');

  await page.getByLabel('Pengenal').fill(`bps-penempatan-${suffix}`);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page).toHaveURL(/\/my\/datasets\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toContainText('DRAFT');
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SUBMITTED');
  // submitted: locked until the walidata returns it, and said so
  await expect(page.getByRole('status')).toContainText('menunggu verifikasi walidata');
  await expect(page.getByLabel('Judul (Indonesia)')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
  expect((await apiAs<Dataset>('walidata', 'GET', `/api/v1/datasets/${id}`)).body.status).toBe('SUBMITTED');

  // the walidata's queue: verify, then publish
  const other = await browser.newContext();
  const walidata = await other.newPage();
  await login(walidata, 'walidata', '/queue');
  await expect(walidata.getByRole('link', { name: 'Antrean verifikasi' })).toBeVisible();
  await expect(walidata.getByRole('link', { name: 'Dataset saya' })).toHaveCount(0);
  const item = walidata.getByTestId(`queue-${id}`);
  await expect(item).toContainText(title);
  await accessible(walidata);
  await item.getByRole('button', { name: 'Verifikasi' }).click();
  await expect(item.getByRole('button', { name: 'Terbitkan' })).toBeVisible();
  await shot(walidata, 'queue');
  await item.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(item).toHaveCount(0);
  await other.close();

  const published = await apiAs<Dataset>('viewer', 'GET', `/api/v1/datasets/${id}`);
  expect(published.body.status).toBe('PUBLISHED');
  expect(published.body.identifier).toBe(`bps-penempatan-${suffix}`);
  const history = (await apiAs<History>('viewer', 'GET', `/api/v1/datasets/${id}/history`)).body;
  expect(history.map((h) => `${h.action}:${h.actor}`)).toEqual(['CREATED:steward-bps', 'SUBMITTED:steward-bps', 'VERIFIED:walidata', 'PUBLISHED:walidata']);

  // and anyone finds it in the NSDR at once
  await page.goto(`/search?q=${suffix}`);
  await expect(page.locator('ol.results > li > a')).toHaveText([title]);
});
