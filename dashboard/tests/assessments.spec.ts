import { accessible, apiAs, expect, login, shot, test } from './fixtures';
import type { Locator } from '@playwright/test';

type Assessment = { id: string; title: string; status: string; createdBy: string; framework: string; version: string };
type Summary = { domains: { yes: number; partial: number; no: number; indicators: number; answered: number }[] };
type Meeting = { participants: { female: number; male: number } };

const COLOURS = ['#1a7f37', '#b35900', '#b42318', '#98a2b3'];

/** The bars of an ECharts SVG chart: its paths in the series' colours, not the legend's icons (drawn at the origin). */
async function bars(chart: Locator, colours: string[]): Promise<number> {
  await chart.locator('svg').waitFor();
  return chart.locator('svg path').evaluateAll(
    (paths, cs) => paths.filter((p) => cs.includes(p.getAttribute('fill') ?? '') && !(p.getAttribute('d') ?? '').startsWith('M3.5 0L')).length,
    colours,
  );
}

test('the published demo assessment: stepper, charts with a bar per figure, highlights, the report shown', async ({ page }) => {
  const list = await apiAs<{ items: Assessment[] }>('viewer', 'GET', '/api/v1/assessments?size=500');
  const jateng = list.body.items.find((a) => a.title === 'MGI Lokal Jawa Tengah 2023' && a.status === 'PUBLISHED' && a.createdBy === 'coordinator');
  expect(jateng, 'the demo data has the published Central Java assessment').toBeTruthy();
  const id = jateng!.id;
  const summary = (await apiAs<Summary>('viewer', 'GET', `/api/v1/assessments/${id}/summary`)).body;
  const meetings = (await apiAs<Meeting[]>('viewer', 'GET', `/api/v1/assessments/${id}/meetings`)).body;

  await login(page, 'viewer', `/assessments/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('MGI Lokal Jawa Tengah 2023');
  await expect(page.locator('.stepper li[aria-current="step"]')).toHaveText('PUBLISHED');
  const expectedDomainBars = summary.domains.reduce((n, d) => n + [d.yes, d.partial, d.no, d.indicators - d.answered].filter((x) => x > 0).length, 0);
  expect(await bars(page.getByTestId('domain-chart'), COLOURS)).toBe(expectedDomainBars);
  const expectedMeetingBars = meetings.reduce((n, m) => n + (m.participants.female > 0 ? 1 : 0) + (m.participants.male > 0 ? 1 : 0), 0);
  expect(await bars(page.getByTestId('meeting-chart'), ['#7a3e9d', '#1f6fb2'])).toBe(expectedMeetingBars);
  await expect(page.getByTestId('completion')).toContainText('100');
  await accessible(page);
  await shot(page, 'assessment-published');
  await shot(page, 'assessment-published-top', false);

  // the report as the ministry would publish it: its per-domain figure drawn by the service
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Laporan', exact: true }).click();
  const report = await opened;
  await expect(report.locator('h1')).toContainText('MGI Lokal Jawa Tengah 2023');
  await expect(report.locator('svg.domains rect[height="20"]')).toHaveCount(expectedDomainBars);
  await shot(report, 'report');
  await report.close();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('comparing the national and the Central Java assessments by domain', async ({ page }) => {
  const list = await apiAs<{ items: Assessment[] }>('viewer', 'GET', '/api/v1/assessments?size=500');
  const jateng = list.body.items.find((a) => a.title === 'MGI Lokal Jawa Tengah 2023' && a.createdBy === 'coordinator' && a.status === 'PUBLISHED')!;
  const national = list.body.items.find((a) => a.title === 'MGI Nasional 2023' && a.createdBy === 'coordinator')!;
  await login(page, 'viewer', '/assessments?status=VALIDATION');
  await expect(page.getByTestId('assessments').getByRole('link', { name: 'MGI Nasional 2023', exact: true })).toBeVisible();
  const stages = await page.getByTestId('assessments').locator('tbody .badge').allTextContents();
  expect(stages.length).toBeGreaterThan(0);
  expect(new Set(stages)).toEqual(new Set(['VALIDATION']));
  await accessible(page);
  // chosen in the page, one after the other
  await page.goto('/assessments/compare');
  await page.locator('#cmp-a').selectOption(national.id);
  await page.locator('#cmp-b').selectOption(jateng.id);
  await expect(page).toHaveURL(new RegExp(`a=${national.id}&b=${jateng.id}`));
  await expect(page.getByTestId('compare-chart').locator('svg')).toBeVisible();
  const c = await apiAs<{ by: string; domains: unknown[] }>('viewer', 'GET', `/api/v1/assessments/compare?a=${national.id}&b=${jateng.id}`);
  expect(c.body.by).toBe('DOMAIN');
  await expect(page.locator('table tbody tr')).toHaveCount(c.body.domains.length);
  await accessible(page);
  await shot(page, 'compare');
});

test.describe('refusals on purpose', () => {
test.use({ refusals: [403, 412] });
test("an assessor answers an assigned indicator (with an NSDR dataset as evidence), is refused another organisation's, and a stale edit says so", async ({ page }) => {
  const indicators = await apiAs<{ items: { code: string }[] }>('coordinator', 'GET', '/api/v1/frameworks/MGI-LOCAL/versions/2023/indicators?size=500');
  const [mine, theirs] = [indicators.body.items[0].code, indicators.body.items[1].code];
  const created = await apiAs<Assessment>('coordinator', 'POST', '/api/v1/assessments', {
    framework: 'MGI-LOCAL', version: '2023', scope: { level: 'PROVINCE', regionCode: '33' }, title: `Uji konsol ${Date.now()}`,
  });
  expect(created.status).toBe(201);
  const id = created.body.id;
  expect((await apiAs('coordinator', 'POST', `/api/v1/assessments/${id}/participants`, { org: 'KEMNAKER', indicators: [mine] })).status).toBe(201);
  expect((await apiAs('coordinator', 'POST', `/api/v1/assessments/${id}/participants`, { org: 'BP2MI', indicators: [theirs] })).status).toBe(201);
  expect((await apiAs('coordinator', 'POST', `/api/v1/assessments/${id}/transitions`, { to: 'DATA_COLLECTION' })).status).toBe(200);

  // "my indicators" lists the one assigned to the assessor's organisation
  await login(page, 'assessor-kemnaker', '/my/indicators');
  await expect(page.getByTestId(`mine-${id}`).getByRole('link')).toHaveText([mine]);
  await accessible(page);
  await page.getByTestId(`mine-${id}`).getByRole('link', { name: mine }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(mine);
  await page.getByLabel('Sebagian').check();
  await page.getByLabel('Justifikasi').fill('Diatur sebagian dalam UU No. 18 Tahun 2017.');
  await page.getByRole('button', { name: 'Tambah bukti' }).click();
  await page.locator('#ev-ref-0').fill('UU No. 18 Tahun 2017');
  await page.getByRole('button', { name: 'Tambah bukti' }).click();
  await page.locator('#ev-type-1').selectOption('DATASET');
  await page.locator('#pick-1').fill('Sakernas');
  await page.locator('.hits button').first().click();
  await expect(page.getByTestId('evidence-dataset-1')).toBeVisible();
  await accessible(page);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toHaveText('Tersimpan.');
  const answer = await apiAs<{ value: string; org: string; evidence: { type: string; datasetId?: string }[] }>('viewer', 'GET', `/api/v1/assessments/${id}/answers/${mine}`);
  expect(answer.body.value).toBe('PARTIAL');
  expect(answer.body.org).toBe('KEMNAKER');
  expect(answer.body.evidence.map((e) => e.type)).toEqual(['REGULATION', 'DATASET']);
  await shot(page, 'answer');

  // another organisation's indicator: refused, in the user's words, and nothing written
  await page.goto(`/assessments/${id}/answers/${theirs}`);
  await page.getByLabel('Ya').check();
  await page.getByLabel('Justifikasi').fill('Bukan indikator kami.');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert')).toContainText('Anda tidak berwenang melakukan ini.');
  expect((await apiAs('viewer', 'GET', `/api/v1/assessments/${id}/answers/${theirs}`)).status).toBe(404);

  // two tabs on the same answer: the second save is refused with the reload message, the first one's text kept
  await page.goto(`/assessments/${id}/answers/${mine}`);
  await expect(page.getByLabel('Justifikasi')).toHaveValue(/UU No. 18/);
  const other = await page.context().newPage();
  await other.goto(`/assessments/${id}/answers/${mine}`);
  await expect(other.getByLabel('Justifikasi')).toHaveValue(/UU No. 18/);
  await other.getByLabel('Justifikasi').fill('Diubah di tab lain.');
  await other.getByRole('button', { name: 'Simpan' }).click();
  await expect(other.getByRole('status')).toHaveText('Tersimpan.');
  await other.close();
  await page.getByLabel('Justifikasi').fill('Perubahan yang basi.');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert')).toContainText('Seseorang telah mengubah ini sejak Anda membukanya — muat ulang.');
  await shot(page, 'answer-stale');
  expect((await apiAs<{ justification: string }>('viewer', 'GET', `/api/v1/assessments/${id}/answers/${mine}`)).body.justification).toBe('Diubah di tab lain.');
  await page.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(page.getByLabel('Justifikasi')).toHaveValue('Diubah di tab lain.');
});
});

test.describe('a refused move', () => {
test.use({ refusals: [409] });
test('the coordinator sees what the next move lacks, and moves it when nothing is', async ({ page }) => {
  const indicators = await apiAs<{ items: { code: string }[] }>('coordinator', 'GET', '/api/v1/frameworks/MGI-LOCAL/versions/2023/indicators?size=500');
  const created = await apiAs<Assessment>('coordinator', 'POST', '/api/v1/assessments', {
    framework: 'MGI-LOCAL', version: '2023', scope: { level: 'PROVINCE', regionCode: '33' }, title: `Uji langkah ${Date.now()}`,
  });
  const id = created.body.id;
  await login(page, 'coordinator', `/assessments/${id}`);
  await expect(page.getByTestId('next-move')).toContainText('no participant has indicators assigned');
  await page.getByRole('button', { name: 'Pindahkan ke DATA_COLLECTION' }).click();
  await expect(page.getByRole('alert')).toContainText('no participant has indicators assigned');
  expect((await apiAs<Assessment>('viewer', 'GET', `/api/v1/assessments/${id}`)).body.status).toBe('PLANNED');
  await accessible(page);

  expect((await apiAs('coordinator', 'POST', `/api/v1/assessments/${id}/participants`, { org: 'KEMNAKER', indicators: [indicators.body.items[0].code] })).status).toBe(201);
  await page.reload();
  await expect(page.getByTestId('next-move')).toContainText('Semua syarat terpenuhi.');
  await page.getByRole('button', { name: 'Pindahkan ke DATA_COLLECTION' }).click();
  await expect(page.locator('.stepper li[aria-current="step"]')).toHaveText('DATA_COLLECTION');
  await expect(page.getByTestId('next-move')).toContainText('no FGD has been held');
  expect((await apiAs<Assessment>('viewer', 'GET', `/api/v1/assessments/${id}`)).body.status).toBe('DATA_COLLECTION');

  // the FGD recorded in the console: the next move's condition is met at once
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Jenis', { exact: true }).selectOption('FGD');
  await page.getByLabel('Tanggal', { exact: true }).fill(yesterday);
  await page.getByLabel('Tempat', { exact: true }).fill('Semarang');
  await page.getByLabel('Perempuan', { exact: true }).fill('12');
  await page.getByLabel('Laki-laki', { exact: true }).fill('9');
  await page.getByLabel('Instansi', { exact: true }).fill('KEMNAKER, BP2MI');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('next-move')).toContainText('Semua syarat terpenuhi.');
  const meetings = (await apiAs<{ type: string; participants: { female: number; male: number }; orgs: string[] }[]>('viewer', 'GET', `/api/v1/assessments/${id}/meetings`)).body;
  expect(meetings).toEqual([expect.objectContaining({ type: 'FGD', participants: { female: 12, male: 9 }, orgs: ['KEMNAKER', 'BP2MI'] })]);
  await shot(page, 'assessment-coordinator');
});
});
