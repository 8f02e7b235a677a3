import { useLocation } from 'preact-iso';
import { api, must } from '../api/client';
import { Chart, COLOURS } from '../charts';
import { assessments as assessmentList } from '../data';
import { fmt, label, t } from '../i18n';
import { Loading, useLoad } from '../ui';

/** Two assessments side by side: by domain across frameworks (e.g. national vs Central Java), by indicator within one. */
export default function Compare() {
  const { query, route } = useLocation();
  const list = useLoad(() => assessmentList(), []);
  const a = query.a ?? '';
  const b = query.b ?? '';
  const result = useLoad(async () => (a && b ? (await must(api.GET('/api/v1/assessments/compare', { params: { query: { a, b } } }))).data : null), [a, b]);
  const title = (id: string) => list.data?.find((x) => x.id === id)?.title ?? id;
  const pick = (which: 'a' | 'b', value: string) => {
    const p = new URLSearchParams({ a, b, [which]: value });
    route(`/assessments/compare?${p}`);
  };
  return (
    <div>
      <h1>{t('compareTitle')}</h1>
      <Loading when={list}>
        {() => (
          <div class="inline-form">
            {(['a', 'b'] as const).map((which) => (
              <span key={which}>
                <label for={`cmp-${which}`}>{which.toUpperCase()} </label>
                <select id={`cmp-${which}`} value={which === 'a' ? a : b} onChange={(e) => pick(which, e.currentTarget.value)}>
                  <option value="">{t('choose')}</option>
                  {list.data!.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.title}
                    </option>
                  ))}
                </select>
              </span>
            ))}
          </div>
        )}
      </Loading>
      {a && b ? (
        <Loading when={result}>
          {() => {
            const c = result.data;
            if (!c) return null; // the second one not chosen yet
            if (c.by === 'DOMAIN') {
              const domains = c.domains ?? [];
              const share = (d: (typeof domains)[number]['a']) => (d && d.indicators ? Math.round((100 * d.yes) / d.indicators) : null);
              return (
                <>
                  <p>
                    {t('by')} DOMAIN · % {t('yes')}
                  </p>
                  <Chart
                    name={`% ${t('yes')} ${t('by')} ${t('mgiDomain')}`}
                    testid="compare-chart"
                    option={{
                      tooltip: {},
                      legend: { data: [title(a), title(b)] },
                      xAxis: { type: 'category', data: domains.map((d) => d.domain) },
                      yAxis: { type: 'value', max: 100, name: '%' },
                      series: [
                        { name: title(a), type: 'bar', itemStyle: { color: COLOURS.male }, data: domains.map((d) => share(d.a)) },
                        { name: title(b), type: 'bar', itemStyle: { color: COLOURS.partial }, data: domains.map((d) => share(d.b)) },
                      ],
                    }}
                  />
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('mgiDomain')}</th>
                        <th scope="col">A: {t('yes')}/{t('partial')}/{t('no')}</th>
                        <th scope="col">B: {t('yes')}/{t('partial')}/{t('no')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {domains.map((d) => (
                        <tr key={d.domain}>
                          <th scope="row">
                            {d.domain} {label(d.a?.name ?? d.b?.name)}
                          </th>
                          <td>{d.a ? `${fmt(d.a.yes)}/${fmt(d.a.partial)}/${fmt(d.a.no)}` : '—'}</td>
                          <td>{d.b ? `${fmt(d.b.yes)}/${fmt(d.b.partial)}/${fmt(d.b.no)}` : '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              );
            }
            return (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('indicator')}</th>
                    <th scope="col">A</th>
                    <th scope="col">B</th>
                  </tr>
                </thead>
                <tbody>
                  {(c.indicators ?? []).map((i) => (
                    <tr key={i.indicator} class={i.changed ? 'changed' : undefined}>
                      <th scope="row">{i.indicator}</th>
                      <td>{i.a ?? '—'}</td>
                      <td>{i.b ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          }}
        </Loading>
      ) : null}
    </div>
  );
}
