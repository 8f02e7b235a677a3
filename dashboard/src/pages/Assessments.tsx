import { useLocation } from 'preact-iso';
import { assessments as assessmentList, STATUSES } from '../data';
import { date, t } from '../i18n';
import { Badge, Loading, useLoad } from '../ui';

/** Every assessment, by stage (the stage from the URL when the overview sent the user here). */
export default function Assessments() {
  const { query, route } = useLocation();
  const list = useLoad(() => assessmentList(), []);
  return (
    <div>
      <h1>{t('assessments')}</h1>
      <p>
        <a href="/assessments/compare">{t('compareTitle')}</a>
      </p>
      <label for="stage">{t('stage')} </label>
      <select id="stage" value={query.status ?? ''} onChange={(e) => route(e.currentTarget.value ? `/assessments?status=${e.currentTarget.value}` : '/assessments')}>
        <option value="">—</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <Loading when={list}>
        {() => (
          <table data-testid="assessments">
            <thead>
              <tr>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('catalogs')}</th>
                <th scope="col">{t('scope')}</th>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('changed')}</th>
              </tr>
            </thead>
            <tbody>
              {list
                .data!.filter((a) => !query.status || a.status === query.status)
                .map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a href={`/assessments/${a.id}`}>{a.title}</a>
                    </td>
                    <td>
                      {a.framework} {a.version}
                    </td>
                    <td>{a.regionName ?? a.scope.level}</td>
                    <td>
                      <Badge value={a.status} />
                    </td>
                    <td>{date(a.updatedAt)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </Loading>
    </div>
  );
}
