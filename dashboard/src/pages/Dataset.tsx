import { api, must } from '../api/client';
import { Chart, COLOURS } from '../charts';
import { date, fmt, label, t } from '../i18n';
import { Badge, Loading, Section, useLoad } from '../ui';

const PERIOD_STATUSES = ['ON_TIME', 'LATE', 'MISSING', 'PENDING'] as const;
const COLOUR = { ON_TIME: COLOURS.onTime, LATE: COLOURS.late, MISSING: COLOURS.missing, PENDING: COLOURS.pending };
const WORD = { ON_TIME: 'onTime', LATE: 'late', MISSING: 'missing', PENDING: 'pending' } as const;

/** One dataset: its metadata and distributions, its releases against the schedule, reviews, citing assessments, history. */
export default function Dataset({ id }: { id: string }) {
  const path = { id };
  const dataset = useLoad(() => must(api.GET('/api/v1/datasets/{id}', { params: { path } })).then((r) => r.data), [id]);
  const releases = useLoad(() => must(api.GET('/api/v1/datasets/{id}/releases', { params: { path } })).then((r) => r.data), [id]);
  const reviews = useLoad(() => must(api.GET('/api/v1/reviews', { params: { query: { datasetId: id } } })).then((r) => r.data), [id]);
  const citations = useLoad(() => must(api.GET('/api/v1/datasets/{id}/citations', { params: { path } })).then((r) => r.data), [id]);
  const history = useLoad(() => must(api.GET('/api/v1/datasets/{id}/history', { params: { path } })).then((r) => r.data), [id]);

  return (
    <Loading when={dataset}>
      {() => {
        const d = dataset.data!;
        return (
          <article class="dataset">
            <h1>
              {label(d.title)} <Badge value={d.status} />
            </h1>
            <p>{label(d.description)}</p>
            <dl class="facts">
              <dt>{t('identifier')}</dt>
              <dd>{d.identifier ?? '—'}</dd>
              <dt>{t('producer')}</dt>
              <dd>{d.producer}</dd>
              <dt>{t('sourceType')}</dt>
              <dd>{d.sourceType}</dd>
              <dt>{t('periodicity')}</dt>
              <dd>{d.periodicity}</dd>
              <dt>{t('gcmObjective')}</dt>
              <dd>{d.gcmObjectives.join(', ') || '—'}</dd>
              <dt>{t('mgiDomain')}</dt>
              <dd>{d.mgiDomains.join(', ') || '—'}</dd>
              <dt>{t('disaggregation')}</dt>
              <dd>{d.disaggregations.join(', ') || '—'}</dd>
              <dt>{t('access')}</dt>
              <dd>{d.access}</dd>
            </dl>
            {d.returnReasons?.length ? (
              <div class="problem">
                <strong>{t('returned')}</strong>
                <ul>
                  {d.returnReasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <Section title={t('distributions')} id="distributions">
              <ul>
                {d.distributions.map((x) => (
                  <li key={x.accessUrl}>
                    <a href={x.accessUrl} rel="noopener noreferrer" target="_blank">
                      {x.title ?? x.accessUrl}
                    </a>{' '}
                    {x.format ? <span class="muted">{x.format}</span> : null}
                  </li>
                ))}
              </ul>
            </Section>
            <Section title={t('releases')} id="releases">
              <Loading when={releases}>
                {() => {
                  const periods = releases.data!.periods.filter((p) => p.status !== 'UNSCHEDULED');
                  return periods.length ? (
                    <>
                      <Chart
                        name={t('releases')}
                        height={220}
                        testid="release-chart"
                        option={{
                          tooltip: {},
                          legend: { data: PERIOD_STATUSES.map((s) => t(WORD[s])) },
                          xAxis: { type: 'category', data: periods.map((p) => p.period) },
                          yAxis: { type: 'value', name: t('daysLate'), minInterval: 1 },
                          series: PERIOD_STATUSES.map((s) => ({
                            name: t(WORD[s]),
                            type: 'bar',
                            stack: 'periods',
                            itemStyle: { color: COLOUR[s] },
                            data: periods.map((p) => (p.status === s ? Math.max(1, p.daysLate ?? 1) : 0)),
                          })),
                        }}
                      />
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">{t('period')}</th>
                            <th scope="col">{t('due')}</th>
                            <th scope="col">{t('released')}</th>
                            <th scope="col">{t('status')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {periods.map((p) => (
                            <tr key={p.period}>
                              <td>{p.period}</td>
                              <td>{date(p.due)}</td>
                              <td>{date(p.releasedOn)}</td>
                              <td>
                                <Badge value={p.status} />
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </>
                  ) : (
                    <p>{t('noItems')}</p>
                  );
                }}
              </Loading>
            </Section>
            <Section title={t('reviews')} id="reviews">
              <Loading when={reviews}>
                {() =>
                  reviews.data!.items.length ? (
                    <ul>
                      {reviews.data!.items.map((r) => (
                        <li key={r.id}>
                          {date(r.reviewedOn)} · {r.reviewer} {r.reviewerOrg ? `(${r.reviewerOrg})` : ''} · {r.relevance} · {r.quality}
                          {r.summary ? <p>{r.summary}</p> : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('noItems')}</p>
                  )
                }
              </Loading>
            </Section>
            <Section title={t('citations')} id="citations">
              <Loading when={citations}>
                {() =>
                  citations.data!.length ? (
                    <ul>
                      {citations.data!.map((c) => (
                        <li key={c.assessmentId}>
                          <a href={`/assessments/${c.assessmentId}`}>{c.title}</a> <span class="muted">{c.framework} {c.version} · {date(c.publishedAt)}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('noItems')}</p>
                  )
                }
              </Loading>
            </Section>
            <Section title={t('history')} id="history">
              <Loading when={history}>
                {() => (
                  <ol class="timeline">
                    {history.data!.map((h, i) => (
                      <li key={i}>
                        {date(h.at)} · <strong>{h.action}</strong> · {h.actor}
                        {h.reasons?.length ? <span class="muted"> — {h.reasons.join('; ')}</span> : null}
                      </li>
                    ))}
                  </ol>
                )}
              </Loading>
            </Section>
            <p class="muted small">
              {t('changed')} {date(d.updatedAt)} · {fmt(d.citations)} {t('citations').toLowerCase()}
            </p>
          </article>
        );
      }}
    </Loading>
  );
}
