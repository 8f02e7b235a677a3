import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, must } from '../api/client';
import { Chart, COLOURS } from '../charts';
import { fmt, t } from '../i18n';
import { Loading, useLoad } from '../ui';

/** Routine reporting: each producer's on-time rate over the years chosen, and its late and missing releases. */
export default function Reporting() {
  const { query } = useLocation();
  const now = new Date().getFullYear();
  const [from, setFrom] = useState(now - 2);
  const report = useLoad(
    () => must(api.GET('/api/v1/releases/timeliness', { params: { query: { from, to: now, producer: query.producer || undefined } } })).then((r) => r.data),
    [from, query.producer],
  );
  return (
    <div>
      <h1>{t('reporting')}</h1>
      <label for="from">{t('year')} </label>
      <select id="from" value={from} onChange={(e) => setFrom(Number(e.currentTarget.value))}>
        {[0, 1, 2, 3, 4, 5].map((k) => (
          <option key={k} value={now - k}>
            {now - k}–{now}
          </option>
        ))}
      </select>
      <Loading when={report}>
        {() => {
          const producers = report.data!.producers;
          return (
            <>
              <Chart
                name={t('onTimeRate')}
                testid="ontime-chart"
                height={Math.max(200, producers.length * 34 + 60)}
                option={{
                  tooltip: {},
                  grid: { left: 140, right: 30 },
                  xAxis: { type: 'value', max: 100, name: '%' },
                  yAxis: { type: 'category', data: producers.map((p) => p.producer) },
                  series: [
                    {
                      name: t('onTimeRate'),
                      type: 'bar',
                      itemStyle: { color: COLOURS.onTime },
                      data: producers.map((p) => Math.round(100 * (p.timeliness.onTimeRate ?? 0))),
                    },
                  ],
                }}
              />
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('producer')}</th>
                    <th scope="col">{t('datasets')}</th>
                    <th scope="col">{t('expected')}</th>
                    <th scope="col">{t('onTime')}</th>
                    <th scope="col">{t('late')}</th>
                    <th scope="col">{t('missing')}</th>
                    <th scope="col">{t('onTimeRate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {producers.map((p) => (
                    <tr key={p.producer}>
                      <th scope="row">
                        <a href={`/search?producer=${p.producer}&status=PUBLISHED`}>{p.producer}</a>
                      </th>
                      <td>{fmt(p.datasets)}</td>
                      <td>{fmt(p.timeliness.expected)}</td>
                      <td>{fmt(p.timeliness.onTime)}</td>
                      <td>{fmt(p.timeliness.late)}</td>
                      <td>{fmt(p.timeliness.missing)}</td>
                      <td>{p.timeliness.onTimeRate === null || p.timeliness.onTimeRate === undefined ? '—' : `${fmt(100 * p.timeliness.onTimeRate)}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </Loading>
    </div>
  );
}
