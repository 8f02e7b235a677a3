import { api, must } from '../api/client';
import { currentSession } from '../auth';
import { assessments as assessmentList } from '../data';
import { t } from '../i18n';
import { Badge, Loading, useLoad } from '../ui';

/** An assessor's indicators: in every assessment still collecting answers, those assigned to their organisation. */
export default function MyIndicators() {
  const org = currentSession()?.org ?? '';
  const mine = useLoad(async () => {
    const assessments = await assessmentList();
    const open = assessments.filter((a) => a.status === 'DATA_COLLECTION' || a.status === 'CONSULTATION');
    return Promise.all(
      open.map(async (a) => {
        const participants = (await must(api.GET('/api/v1/assessments/{id}/participants', { params: { path: { id: a.id } } }))).data;
        return { a, indicators: participants.find((p) => p.org === org)?.indicators ?? [] };
      }),
    );
  }, [org]);
  return (
    <div>
      <h1>
        {t('myIndicators')} <span class="muted">({org})</span>
      </h1>
      <Loading when={mine}>
        {() => {
          const rows = mine.data!.filter((m) => m.indicators.length);
          return rows.length ? (
            rows.map(({ a, indicators }) => (
              <section class="card" key={a.id}>
                <h2>
                  <a href={`/assessments/${a.id}`}>{a.title}</a> <Badge value={a.status} />
                </h2>
                <ul class="chips" data-testid={`mine-${a.id}`}>
                  {indicators.map((c) => (
                    <li key={c}>
                      <a href={`/assessments/${a.id}/answers/${c}`}>{c}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          ) : (
            <p>{t('noItems')}</p>
          );
        }}
      </Loading>
    </div>
  );
}
