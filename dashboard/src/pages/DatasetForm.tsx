import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, etag, must, type Schemas } from '../api/client';
import { currentSession } from '../auth';
import { t } from '../i18n';
import { Badge, Field, fieldErrors, ProblemBox } from '../ui';

type Input = Schemas['DatasetInput'];
const SOURCE: Schemas['DatasetSourceType'][] = ['SURVEY', 'CENSUS', 'ADMINISTRATIVE', 'REGISTER', 'BIG_DATA', 'OTHER'];
const PERIODICITY: Schemas['DatasetPeriodicity'][] = ['ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY', 'FIVE_YEARLY', 'DECENNIAL', 'IRREGULAR', 'ONE_TIME'];
const LEVEL: Schemas['DatasetGeographicLevel'][] = ['NATIONAL', 'PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'];
const ACCESS: Schemas['DatasetAccess'][] = ['OPEN', 'RESTRICTED', 'CLOSED'];
const DISAGG: Schemas['DatasetDisaggregation'][] = ['SEX', 'AGE', 'COUNTRY', 'PROVINCE', 'REGENCY', 'EDUCATION', 'OCCUPATION', 'SECTOR', 'MIGRATION_STATUS', 'DISABILITY', 'URBAN_RURAL'];
const GCM = Array.from({ length: 23 }, (_, i) => i + 1);
const MGI = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];

function blank(producer: string): Input {
  return {
    identifier: `${producer.toLowerCase()}-`,
    title: { id: '', en: null },
    description: { id: '', en: null },
    producer,
    sourceType: 'SURVEY',
    periodicity: 'ANNUAL',
    geographicLevel: 'NATIONAL',
    access: 'OPEN',
    topics: [],
    gcmObjectives: [],
    mgiDomains: [],
    disaggregations: [],
    distributions: [],
  };
}

function inputOf(d: Schemas['Dataset']): Input {
  const { id: _id, status: _s, createdAt: _c, updatedAt: _u, publishedAt: _p, citations: _x, returnReasons: _r, ...input } = d;
  return input as Input;
}

/** A data steward drafts, edits and submits a dataset of their organisation; the API's validation marks the fields. */
export default function DatasetForm({ id }: { id?: string }) {
  const { route } = useLocation();
  const org = currentSession()?.org ?? '';
  const [input, setInput] = useState<Input>(() => blank(org));
  const [status, setStatus] = useState<Schemas['DatasetStatus'] | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const errors = fieldErrors(error);

  const load = async () => {
    if (!id) return;
    try {
      const r = await must(api.GET('/api/v1/datasets/{id}', { params: { path: { id } } }));
      setInput(inputOf(r.data));
      setStatus(r.data.status);
      setReasons(r.data.returnReasons ?? []);
      setTag(etag(r.response));
      setError(null);
    } catch (x) {
      setError(x);
    }
  };
  useEffect(() => void load(), [id]);

  const set = <K extends keyof Input>(k: K, v: Input[K]) => setInput({ ...input, [k]: v });
  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  const saveIt = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setNotice('');
    const body: Input = { ...input, title: { id: input.title.id, en: input.title.en || null }, description: { id: input.description.id, en: input.description.en || null } };
    try {
      if (!id) {
        const r = await must(api.POST('/api/v1/datasets', { body }));
        route(`/my/datasets/${r.data.id}`, true);
        return;
      }
      const r = await must(api.PUT('/api/v1/datasets/{id}', { params: { path: { id }, header: { 'If-Match': tag } }, body }));
      setTag(etag(r.response));
      setStatus(r.data.status);
      setNotice(t('saved'));
    } catch (x) {
      setError(x);
    }
  };
  const submit = async () => {
    setError(null);
    try {
      const r = await must(api.POST('/api/v1/datasets/{id}/submit', { params: { path: { id: id! }, header: { 'If-Match': tag } } }));
      setTag(etag(r.response));
      setStatus(r.data.status);
      setNotice(t('submittedNotice'));
    } catch (x) {
      setError(x);
    }
  };
  const editable = !id || status === 'DRAFT' || status === 'RETURNED';
  const distribution = input.distributions?.[0]?.accessUrl ?? '';

  return (
    <div>
      <h1>
        {id ? t('edit') : t('newDataset')} {status ? <Badge value={status} /> : null}
      </h1>
      {reasons.length ? (
        <div class="problem">
          <strong>{t('returned')}</strong>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form class="stack" onSubmit={saveIt} data-testid="dataset-form">
        <fieldset disabled={!editable}>
          <Field id="identifier" label={t('identifier')} error={errors.identifier} hint={`${org.toLowerCase()}-…`}>
            <input id="identifier" value={input.identifier ?? ''} onInput={(e) => set('identifier', e.currentTarget.value || null)} aria-invalid={!!errors.identifier} />
          </Field>
          <Field id="title-id" label={t('titleId')} error={errors['title.id'] ?? errors.title}>
            <input id="title-id" value={input.title.id} onInput={(e) => set('title', { ...input.title, id: e.currentTarget.value })} aria-invalid={!!(errors['title.id'] ?? errors.title)} />
          </Field>
          <Field id="title-en" label={t('titleEn')} error={errors['title.en']}>
            <input id="title-en" value={input.title.en ?? ''} onInput={(e) => set('title', { ...input.title, en: e.currentTarget.value })} />
          </Field>
          <Field id="description-id" label={t('descriptionId')} error={errors['description.id'] ?? errors.description}>
            <textarea id="description-id" rows={3} value={input.description.id} onInput={(e) => set('description', { ...input.description, id: e.currentTarget.value })} />
          </Field>
          <Field id="description-en" label={t('descriptionEn')} error={errors['description.en']}>
            <textarea id="description-en" rows={3} value={input.description.en ?? ''} onInput={(e) => set('description', { ...input.description, en: e.currentTarget.value })} />
          </Field>
          <div class="row">
            <Field id="sourceType" label={t('sourceType')} error={errors.sourceType}>
              <select id="sourceType" value={input.sourceType} onChange={(e) => set('sourceType', e.currentTarget.value as Input['sourceType'])}>
                {SOURCE.map((x) => (
                  <option key={x}>{x}</option>
                ))}
              </select>
            </Field>
            <Field id="periodicity" label={t('periodicity')} error={errors.periodicity}>
              <select id="periodicity" value={input.periodicity} onChange={(e) => set('periodicity', e.currentTarget.value as Input['periodicity'])}>
                {PERIODICITY.map((x) => (
                  <option key={x}>{x}</option>
                ))}
              </select>
            </Field>
            <Field id="geographicLevel" label={t('geographicLevel')} error={errors.geographicLevel}>
              <select id="geographicLevel" value={input.geographicLevel} onChange={(e) => set('geographicLevel', e.currentTarget.value as Input['geographicLevel'])}>
                {LEVEL.map((x) => (
                  <option key={x}>{x}</option>
                ))}
              </select>
            </Field>
            <Field id="access" label={t('access')} error={errors.access}>
              <select id="access" value={input.access} onChange={(e) => set('access', e.currentTarget.value as Input['access'])}>
                {ACCESS.map((x) => (
                  <option key={x}>{x}</option>
                ))}
              </select>
            </Field>
          </div>
          <fieldset class="checks">
            <legend>{t('gcmObjective')}</legend>
            {GCM.map((g) => (
              <label key={g}>
                <input type="checkbox" checked={input.gcmObjectives?.includes(g)} onChange={() => set('gcmObjectives', toggle(input.gcmObjectives ?? [], g))} /> {g}
              </label>
            ))}
            {errors.gcmObjectives ? <small class="field-error">{errors.gcmObjectives}</small> : null}
          </fieldset>
          <fieldset class="checks">
            <legend>{t('mgiDomain')}</legend>
            {MGI.map((g) => (
              <label key={g}>
                <input type="checkbox" checked={input.mgiDomains?.includes(g)} onChange={() => set('mgiDomains', toggle(input.mgiDomains ?? [], g))} /> {g}
              </label>
            ))}
          </fieldset>
          <fieldset class="checks">
            <legend>{t('disaggregation')}</legend>
            {DISAGG.map((g) => (
              <label key={g}>
                <input type="checkbox" checked={input.disaggregations?.includes(g)} onChange={() => set('disaggregations', toggle(input.disaggregations ?? [], g))} /> {g}
              </label>
            ))}
          </fieldset>
          <Field id="accessUrl" label={t('accessUrl')} error={errors['distributions[0].accessUrl'] ?? errors['distributions.accessUrl'] ?? errors.distributions}>
            <input
              id="accessUrl"
              type="url"
              value={distribution}
              onInput={(e) => {
                // the first distribution's address; the others the dataset has are kept as they are
                const rest = (input.distributions ?? []).slice(1);
                const url = e.currentTarget.value;
                set('distributions', url ? [{ ...(input.distributions?.[0] ?? {}), accessUrl: url }, ...rest] : rest);
              }}
            />
          </Field>
          {editable ? (
            <div class="buttons">
              <button type="submit">{t('save')}</button>
              {id ? (
                <button type="button" onClick={submit}>
                  {t('submit')}
                </button>
              ) : null}
            </div>
          ) : null}
        </fieldset>
      </form>
      {notice ? <p role="status">{notice}</p> : null}
      <ProblemBox error={error} onReload={load} />
    </div>
  );
}
