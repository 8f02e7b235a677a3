import { accessible, apiAs, expect, login, shot, test } from './fixtures';

type Page<T> = { items: T[]; total: number; facets: Record<string, Record<string, number>> };
type Dataset = { id: string; producer: string; title: { id: string } };

test('NSDR search: a facet click filters with its count, and the shared URL reopens the same results', async ({ page, browser }) => {
  await login(page, 'viewer', '/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pencarian NSDR');
  const all = await apiAs<Page<Dataset>>('viewer', 'GET', '/api/v1/datasets?size=1');
  await expect(page.getByTestId('total')).toContainText(all.body.total.toLocaleString('id-ID'));
  await accessible(page);

  // the producer with most datasets: its facet says how many, and checking it shows exactly those
  const [producer, count] = Object.entries(all.body.facets.producer)[0];
  const facet = page.locator('fieldset[data-facet="producer"] label.facet').filter({ hasText: `(${producer})` });
  await expect(facet.locator('.count')).toHaveText(count.toLocaleString('id-ID'));
  await facet.getByRole('checkbox').check();
  await expect(page).toHaveURL(new RegExp(`producer=${producer}`));
  await expect(page.getByTestId('total')).toContainText(count.toLocaleString('id-ID'));
  const titles = await page.locator('ol.results > li > a').allTextContents();
  const expected = await apiAs<Page<Dataset>>('viewer', 'GET', `/api/v1/datasets?producer=${producer}&size=20`);
  expect(titles).toEqual(expected.body.items.map((d) => d.title.id));
  await shot(page, 'search-facet');

  // a colleague opens the copied link: the same filter checked, the same results
  const url = page.url();
  const other = await browser.newPage();
  await login(other, 'walidata', new URL(url).pathname + new URL(url).search);
  await expect(other).toHaveURL(url);
  await expect(other.locator('fieldset[data-facet="producer"] label.facet').filter({ hasText: `(${producer})` }).getByRole('checkbox')).toBeChecked();
  await expect(other.locator('ol.results > li > a').first()).toBeVisible();
  const theirs = await other.locator('ol.results > li > a').allTextContents();
  const published = await apiAs<Page<Dataset>>('walidata', 'GET', `/api/v1/datasets?producer=${producer}&size=20`);
  expect(theirs).toEqual(published.body.items.map((d) => d.title.id));
  await other.close();

  // a dataset's page: metadata, the release timeline drawn, its history
  await page.locator('ol.results > li > a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(expected.body.items[0].title.id);
  await expect(page.getByRole('heading', { name: 'Riwayat perubahan' })).toBeVisible();
  await expect(page.locator('ol.timeline li').first()).toContainText('CREATED');
  await accessible(page);
  await shot(page, 'dataset');
});

test('GCM coverage: each cell of the heatmap opens the matching search', async ({ page }) => {
  await login(page, 'viewer', '/coverage');
  const coverage = await apiAs<{ gcmObjectives: { code: string; datasets: number; sexDisaggregated: number; gap: boolean }[] }>('viewer', 'GET', '/api/v1/coverage');
  const covered = coverage.body.gcmObjectives.find((c) => c.sexDisaggregated > 0)!;
  await expect(page.getByTestId('heatmap-gcmObjective').locator('tbody tr')).toHaveCount(23);
  for (const gap of coverage.body.gcmObjectives.filter((c) => c.gap)) {
    await expect(page.locator(`#gcm-${gap.code}`)).toContainText('Celah');
  }
  await accessible(page);
  await shot(page, 'coverage');

  await page.locator(`td[data-cell="${covered.code}-sex"] a`).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?gcmObjective=${covered.code}&status=PUBLISHED&disaggregation=SEX`));
  await expect(page.getByTestId('total')).toContainText(covered.sexDisaggregated.toLocaleString('id-ID'));
  await expect(page.locator('fieldset[data-facet="disaggregation"] label.facet').filter({ hasText: 'SEX' }).getByRole('checkbox')).toBeChecked();
});

test('routine reporting: the on-time rate of each producer drawn, one bar each', async ({ page }) => {
  await login(page, 'viewer', '/reporting');
  const year = new Date().getFullYear();
  const report = await apiAs<{ producers: { producer: string }[] }>('viewer', 'GET', `/api/v1/releases/timeliness?from=${year - 2}&to=${year}`);
  await expect(page.locator('table tbody tr')).toHaveCount(report.body.producers.length);
  await expect(page.getByTestId('ontime-chart').locator('svg')).toBeVisible();
  await accessible(page);
  await shot(page, 'reporting');
});
