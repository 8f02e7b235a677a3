import { useEffect } from 'preact/hooks';
import { api, must } from '../api/client';
import { assessments as assessmentList, coverage as coverageFigures, DATASET_STATUSES, STATUSES } from '../data';
import { fmt, label, t } from '../i18n';
import { BarList, Loading, Section, useLoad } from '../ui';

/** The catalogs shown on the overview: the most assessed. */
const SHOWN = 6;

/** What the platform holds at a glance: catalogs, assessments by stage, the NSDR by SDI status, the gaps, late releases. */
export function Overview() {
  const year = new Date().getFullYear();
  const assessments = useLoad(
    () => assessmentList(),
    [],
  );
  // the catalogs in use: those assessed most (a registry may hold thousands of frameworks), with their versions
  const list = assessments.data;
  const catalogs = useLoad(async () => {
    if (!list) return undefined;
    const uses = new Map<string, number>();
    for (const a of list) uses.set(a.framework, (uses.get(a.framework) ?? 0) + 1);
    const codes = [...uses.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, SHOWN).map(([c]) => c);
    const [frameworks, shown] = await Promise.all([
      must(api.GET('/api/v1/frameworks', { params: { query: { size: 1 } } })).then((r) => r.data.total),
      Promise.all(
        codes.map(async (code) => ({
          framework: (await must(api.GET('/api/v1/frameworks/{code}', { params: { path: { code } } }))).data,
          versions: (await must(api.GET('/api/v1/frameworks/{framework}/versions', { params: { path: { framework: code }, query: { size: 20 } } }))).data.items,
        })),
      ),
    ]);
    return { frameworks, shown };
  }, [list]);
  const datasets = useLoad(() => must(api.GET('/api/v1/datasets', { params: { query: { size: 1 } } })).then((r) => r.data), []);
  const coverage = useLoad(() => coverageFigures(), []);
  const timeliness = useLoad(
    () => must(api.GET('/api/v1/releases/timeliness', { params: { query: { from: year, to: year } } })).then((r) => r.data),
    [],
  );
  const ready = catalogs.data !== undefined && !catalogs.loading && !assessments.loading && !datasets.loading && !coverage.loading && !timeliness.loading;
  useEffect(() => {
    if (ready) performance.mark('overview-ready');
  }, [ready]);

  return (
    <div class="grid" data-testid="overview">
      <h1 class="span-all">{t('overview')}</h1>
      <Section title={t('catalogs')} id="catalogs">
        <Loading when={catalogs}>
          {() => (
            <ul class="plain">
              {catalogs.data!.shown.map(({ framework, versions }) => (
                <li key={framework.code}>
                  <strong>{label(framework.name)}</strong> <span class="muted">({framework.code})</span>
                  <ul class="inline">
                    {versions.map((v) => (
                      <li key={v.version}>
                        {v.version} · {v.status} · {fmt(v.indicators)} {t('indicators')}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
              <li class="muted">
                {fmt(catalogs.data!.frameworks)} {t('frameworksInAll')}
              </li>
            </ul>
          )}
        </Loading>
      </Section>
      <Section title={t('assessmentsByStage')} id="stages">
        <Loading when={assessments}>
          {() => (
            <BarList
              label={t('assessmentsByStage')}
              rows={STATUSES.map((s) => ({ key: s, label: s, value: assessments.data!.filter((a) => a.status === s).length, href: `/assessments?status=${s}` }))}
            />
          )}
        </Loading>
      </Section>
      <Section title={t('datasetsByStatus')} id="sdi">
        <Loading when={datasets}>
          {() => (
            <BarList
              label={t('datasetsByStatus')}
              rows={DATASET_STATUSES.map((s) => ({ key: s, label: s, value: Number(datasets.data!.facets.status[s] ?? 0), href: `/search?status=${s}` }))}
            />
          )}
        </Loading>
      </Section>
      <Section title={t('gcmGaps')} id="gaps">
        <Loading when={coverage}>
          {() =>
            coverage.data!.gcmObjectiveGaps.length ? (
              <ul class="chips">
                {coverage.data!.gcmObjectiveGaps.map((g) => (
                  <li key={g}>
                    <a href={`/coverage#gcm-${g}`}>
                      {t('gcmObjective')} {g}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('noGaps')}</p>
            )
          }
        </Loading>
      </Section>
      <Section title={`${t('lateThisYear')} (${year})`} id="late">
        <Loading when={timeliness}>
          {() => {
            const late = timeliness.data!.producers.filter((p) => p.timeliness.late + p.timeliness.missing > 0);
            return late.length ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('producer')}</th>
                    <th scope="col">{t('late')}</th>
                    <th scope="col">{t('missing')}</th>
                  </tr>
                </thead>
                <tbody>
                  {late.map((p) => (
                    <tr key={p.producer}>
                      <td>
                        <a href={`/reporting?producer=${p.producer}`}>{p.producer}</a>
                      </td>
                      <td>{fmt(p.timeliness.late)}</td>
                      <td>{fmt(p.timeliness.missing)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('none')}</p>
            );
          }}
        </Loading>
      </Section>
    </div>
  );
}
