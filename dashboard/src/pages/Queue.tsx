import { useState } from 'preact/hooks';
import { api, etag, must, type Schemas } from '../api/client';
import { date, label, t } from '../i18n';
import { Badge, Loading, ProblemBox, useLoad } from '../ui';

type Dataset = Schemas['Dataset'];

function Item({ d, onDone }: { d: Dataset; onDone: () => void }) {
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<unknown>(null);
  const path = { id: d.id };
  // each action names the version the walidata looked at (If-Match): a change meanwhile is refused, not overwritten
  const act = async (action: 'verify' | 'publish' | 'return') => {
    setError(null);
    try {
      const current = await must(api.GET('/api/v1/datasets/{id}', { params: { path } }));
      const params = { path, header: { 'If-Match': etag(current.response) } };
      if (action === 'verify') await must(api.POST('/api/v1/datasets/{id}/verify', { params }));
      if (action === 'publish') await must(api.POST('/api/v1/datasets/{id}/publish', { params }));
      if (action === 'return') {
        await must(api.POST('/api/v1/datasets/{id}/return', { params, body: { reasons: reasons.split('\n').map((r) => r.trim()).filter(Boolean) } }));
      }
      onDone();
    } catch (x) {
      setError(x);
    }
  };
  return (
    <li class="card" data-testid={`queue-${d.id}`}>
      <h2>
        <a href={`/datasets/${d.id}`}>{label(d.title)}</a> <Badge value={d.status} />
      </h2>
      <p class="muted">
        {d.producer} · {d.identifier} · {date(d.updatedAt)}
      </p>
      <div class="buttons">
        {d.status === 'SUBMITTED' ? (
          <button type="button" onClick={() => act('verify')}>
            {t('verify')}
          </button>
        ) : null}
        {d.status === 'VERIFIED' ? (
          <button type="button" onClick={() => act('publish')}>
            {t('publish')}
          </button>
        ) : null}
      </div>
      <label for={`reasons-${d.id}`}>{t('reasons')}</label>
      <textarea id={`reasons-${d.id}`} rows={2} value={reasons} onInput={(e) => setReasons(e.currentTarget.value)} />
      <button type="button" onClick={() => act('return')}>
        {t('returnIt')}
      </button>
      <ProblemBox error={error} onReload={onDone} />
    </li>
  );
}

/** The walidata's queue: datasets submitted by their producers (verify or return with reasons), then verified (publish). */
export default function Queue() {
  const list = useLoad(() => must(api.GET('/api/v1/datasets', { params: { query: { status: ['SUBMITTED', 'VERIFIED'], sort: 'updated', size: 100 } } })).then((r) => r.data), []);
  return (
    <div>
      <h1>{t('queue')}</h1>
      <Loading when={list}>
        {() => (list.data!.items.length ? <ul class="plain">{list.data!.items.map((d) => <Item key={d.id} d={d} onDone={list.reload} />)}</ul> : <p>{t('noItems')}</p>)}
      </Loading>
    </div>
  );
}
