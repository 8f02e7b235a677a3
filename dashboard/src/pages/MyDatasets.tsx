import { api, must } from '../api/client';
import { currentSession } from '../auth';
import { date, label, t } from '../i18n';
import { Badge, Loading, useLoad } from '../ui';

/** A data steward's datasets: their organisation's, every status, the newest change first. */
export default function MyDatasets() {
  const org = currentSession()?.org ?? '';
  const list = useLoad(
    () => must(api.GET('/api/v1/datasets', { params: { query: { producer: [org], status: ['DRAFT', 'RETURNED', 'SUBMITTED', 'VERIFIED', 'PUBLISHED'], sort: '-updated', size: 100 } } })).then((r) => r.data),
    [org],
  );
  return (
    <div>
      <h1>
        {t('myDatasets')} <span class="muted">({org})</span>
      </h1>
      <p>
        <a class="button" href="/my/datasets/new">
          {t('newDataset')}
        </a>
      </p>
      <Loading when={list}>
        {() => (
          <table data-testid="my-datasets">
            <thead>
              <tr>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('changed')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data!.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <a href={d.status === 'DRAFT' || d.status === 'RETURNED' ? `/my/datasets/${d.id}` : `/datasets/${d.id}`}>{label(d.title)}</a>
                  </td>
                  <td>
                    <Badge value={d.status} />
                  </td>
                  <td>{date(d.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loading>
    </div>
  );
}
