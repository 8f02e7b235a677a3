import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, must, type Schemas } from '../api/client';
import { organizationsByCode } from '../data';
import { fmt, label, t } from '../i18n';
import { Badge, Loading, useLoad } from '../ui';

type Facet = keyof Schemas['DatasetFacets'];
const FACETS: Facet[] = ['producer', 'status', 'gcmObjective', 'mgiDomain', 'topic', 'sourceType', 'disaggregation', 'access', 'geographicLevel'];
const SORTS: Schemas['DatasetSort'][] = ['relevance', '-updated', 'title'];
const SIZE = 20;

/** The search's state, all of it in the URL, so that a copied link opens the same results. */
function stateOf(url: string) {
  const params = new URL(url, window.location.origin).searchParams;
  const filters = Object.fromEntries(FACETS.map((f) => [f, params.getAll(f)])) as Record<Facet, string[]>;
  return {
    q: params.get('q') ?? '',
    sort: (params.get('sort') as Schemas['DatasetSort'] | null) ?? undefined,
    page: Math.max(0, Number(params.get('page') ?? 0) || 0),
    filters,
  };
}

function urlOf(state: ReturnType<typeof stateOf>): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const f of FACETS) for (const v of state.filters[f]) p.append(f, v);
  if (state.sort) p.set('sort', state.sort);
  if (state.page) p.set('page', String(state.page));
  const s = p.toString();
  return '/search' + (s ? `?${s}` : '');
}

export default function Search() {
  const { url, route } = useLocation();
  const state = stateOf(url);
  const [words, setWords] = useState(state.q);
  const orgs = useLoad(() => organizationsByCode(), []);
  const result = useLoad(() => {
    const f = state.filters;
    return must(
      api.GET('/api/v1/datasets', {
        params: {
          query: {
            q: state.q || undefined,
            producer: f.producer,
            status: f.status as Schemas['DatasetStatus'][],
            gcmObjective: f.gcmObjective,
            mgiDomain: f.mgiDomain,
            topic: f.topic,
            sourceType: f.sourceType as Schemas['DatasetSourceType'][],
            disaggregation: f.disaggregation as Schemas['DatasetDisaggregation'][],
            access: f.access as Schemas['DatasetAccess'][],
            geographicLevel: f.geographicLevel as Schemas['DatasetGeographicLevel'][],
            sort: state.sort,
            page: state.page,
            size: SIZE,
          },
        },
      }),
    ).then((r) => r.data);
  }, [url]);

  const go = (next: Partial<ReturnType<typeof stateOf>>) => route(urlOf({ ...state, page: 0, ...next }));
  const toggle = (facet: Facet, value: string) => {
    const chosen = state.filters[facet];
    const filters = { ...state.filters, [facet]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value] };
    go({ filters });
  };
  const valueLabel = (facet: Facet, value: string) => {
    if (facet === 'producer') {
      const name = orgs.data?.get(value) ? label(orgs.data.get(value)!.name) : null;
      return !name ? value : name.includes(`(${value})`) ? name : `${name} (${value})`;
    }
    if (facet === 'gcmObjective') return `${t('gcmObjective')} ${value}`;
    return value;
  };
  const data = result.data;

  return (
    <div class="search">
      <h1>{t('search')}</h1>
      <form
        role="search"
        class="searchbar"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: words.trim() });
        }}
      >
        <label for="q" class="sr-only">
          {t('searchPlaceholder')}
        </label>
        <input id="q" type="search" value={words} placeholder={t('searchPlaceholder')} onInput={(e) => setWords(e.currentTarget.value)} />
        <button type="submit">{t('searchButton')}</button>
        <label for="sort">{t('sort')}</label>
        <select id="sort" value={state.sort ?? 'relevance'} onChange={(e) => go({ sort: e.currentTarget.value as Schemas['DatasetSort'] })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {s === 'relevance' ? t('relevance') : s === '-updated' ? t('newest') : t('title')}
            </option>
          ))}
        </select>
      </form>
      <div class="with-sidebar">
        <aside aria-label="Facets" class="facets">
          {data
            ? FACETS.map((facet) => {
                const counts = data.facets[facet] as Record<string, number>;
                const values = Object.keys(counts);
                if (!values.length && !state.filters[facet].length) return null;
                return (
                  <fieldset key={facet} data-facet={facet}>
                    <legend>{t(facet)}</legend>
                    {values.map((v) => (
                      <label key={v} class="facet">
                        <input type="checkbox" checked={state.filters[facet].includes(v)} onChange={() => toggle(facet, v)} />
                        <span>{valueLabel(facet, v)}</span> <span class="count">{fmt(counts[v])}</span>
                      </label>
                    ))}
                  </fieldset>
                );
              })
            : null}
          {FACETS.some((f) => state.filters[f].length) ? (
            <button type="button" class="link" onClick={() => go({ filters: Object.fromEntries(FACETS.map((f) => [f, [] as string[]])) as Record<Facet, string[]> })}>
              {t('clearFilters')}
            </button>
          ) : null}
        </aside>
        <section aria-live="polite" aria-busy={result.loading}>
          <Loading when={result}>
            {() => (
              <>
                <p class="muted" data-testid="total">
                  {fmt(data!.total)} {t('results')}
                </p>
                <ol class="results" start={state.page * SIZE + 1}>
                  {data!.items.map((d) => (
                    <li key={d.id}>
                      <a href={`/datasets/${d.id}`}>{label(d.title)}</a> <Badge value={d.status} />
                      <div class="muted small">
                        {d.producer} · {d.sourceType} · {d.periodicity}
                        {d.gcmObjectives.length ? ` · GCM ${d.gcmObjectives.join(', ')}` : ''}
                      </div>
                    </li>
                  ))}
                </ol>
                <nav class="pager" aria-label={t('page')}>
                  <button type="button" disabled={state.page === 0} onClick={() => go({ page: state.page - 1 })}>
                    {t('prev')}
                  </button>
                  <span>
                    {t('page')} {state.page + 1} / {Math.max(1, Math.ceil(data!.total / SIZE))}
                  </span>
                  <button type="button" disabled={(state.page + 1) * SIZE >= data!.total} onClick={() => go({ page: state.page + 1 })}>
                    {t('next')}
                  </button>
                </nav>
              </>
            )}
          </Loading>
        </section>
      </div>
    </div>
  );
}
