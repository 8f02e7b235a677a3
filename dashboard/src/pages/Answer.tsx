import { useEffect, useState } from 'preact/hooks';
import { api, etag, must, type Schemas } from '../api/client';
import { date, label, t } from '../i18n';
import { Field, fieldErrors, Loading, ProblemBox, useLoad } from '../ui';

type Evidence = Schemas['Evidence'];
const VALUES: Schemas['AnswerValue'][] = ['YES', 'PARTIAL', 'NO'];
const TYPES: Schemas['EvidenceType'][] = ['REGULATION', 'PROGRAMME', 'PRACTICE', 'DATASET'];
const WORD = { YES: 'yes', PARTIAL: 'partial', NO: 'no' } as const;

/** Picks a published NSDR dataset by searching for it: the evidence then names the dataset by its id. */
function DatasetPicker({ index, value, onPick }: { index: number; value: string | null | undefined; onPick: (id: string, title: string) => void }) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Schemas['Dataset'][]>([]);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    if (!value) return;
    must(api.GET('/api/v1/datasets/{id}', { params: { path: { id: value } } })).then((r) => setChosen(label(r.data.title)), () => setChosen(value));
  }, [value]);
  return (
    <div class="picker">
      {value ? <p data-testid={`evidence-dataset-${index}`}>{chosen || value}</p> : null}
      <label for={`pick-${index}`}>{t('pickDataset')}</label>
      <input
        id={`pick-${index}`}
        type="search"
        value={q}
        onInput={async (e) => {
          const words = e.currentTarget.value;
          setQ(words);
          if (words.trim().length < 2) return setHits([]);
          const r = await must(api.GET('/api/v1/datasets', { params: { query: { q: words, status: ['PUBLISHED'], size: 8 } } }));
          setHits(r.data.items);
        }}
      />
      {hits.length ? (
        <ul class="hits">
          {hits.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                class="link"
                onClick={() => {
                  onPick(d.id, label(d.title));
                  setHits([]);
                  setQ('');
                }}
              >
                {label(d.title)} ({d.producer})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** An assessor answers one indicator: value, justification and evidence, saved with If-Match against the version read. */
export default function Answer({ id, indicator }: { id: string; indicator: string }) {
  const assessment = useLoad(() => must(api.GET('/api/v1/assessments/{id}', { params: { path: { id } } })).then((r) => r.data), [id]);
  const a = assessment.data;
  const text = useLoad(
    async () => (a ? (await must(api.GET('/api/v1/frameworks/{framework}/versions/{version}/indicators/{code}', { params: { path: { framework: a.framework, version: a.version, code: indicator } } }))).data : null),
    [a?.framework, a?.version, indicator],
  );
  const [value, setValue] = useState<Schemas['AnswerValue'] | ''>('');
  const [justification, setJustification] = useState('');
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [tag, setTag] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [history, setHistory] = useState<Schemas['Answer'][]>([]);
  const errors = fieldErrors(error);

  const load = async () => {
    setError(null);
    setNotice('');
    try {
      // not answered yet: an empty form, and the first answer needs no If-Match
      const answered = (await must(api.GET('/api/v1/assessments/{id}/answers', { params: { path: { id } } }))).data as Schemas['Answer'][];
      if (!answered.some((x) => x.indicator === indicator)) {
        setTag(null);
        return;
      }
      const r = await must(api.GET('/api/v1/assessments/{id}/answers/{indicator}', { params: { path: { id, indicator } } }));
      setValue(r.data.value);
      setJustification(r.data.justification);
      setEvidence(r.data.evidence);
      setTag(etag(r.response));
      setHistory((await must(api.GET('/api/v1/assessments/{id}/answers/{indicator}/history', { params: { path: { id, indicator } } }))).data);
    } catch (x) {
      setError(x);
    }
  };
  useEffect(() => void load(), [id, indicator]);

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setNotice('');
    try {
      const r = await must(
        api.PUT('/api/v1/assessments/{id}/answers/{indicator}', {
          params: { path: { id, indicator }, header: tag ? { 'If-Match': tag } : {} },
          body: { value: value as Schemas['AnswerValue'], justification, evidence },
        }),
      );
      setTag(etag(r.response));
      setNotice(t('saved'));
    } catch (x) {
      setError(x);
    }
  };
  const setItem = (i: number, e: Evidence) => setEvidence(evidence.map((x, k) => (k === i ? e : x)));

  return (
    <div>
      <p>
        <a href={`/assessments/${id}`}>{a?.title ?? '…'}</a>
      </p>
      <h1>
        {t('answer')} {indicator}
      </h1>
      <Loading when={text}>{() => <p class="lead">{label(text.data?.text)}</p>}</Loading>
      <form class="stack" onSubmit={save} data-testid="answer-form">
        <fieldset>
          <legend>{t('value')}</legend>
          {VALUES.map((v) => (
            <label key={v} class="radio">
              <input type="radio" name="value" value={v} checked={value === v} onChange={() => setValue(v)} /> {t(WORD[v])}
            </label>
          ))}
          {errors.value ? <small class="field-error">{errors.value}</small> : null}
        </fieldset>
        <Field id="justification" label={t('justification')} error={errors.justification}>
          <textarea id="justification" rows={4} value={justification} onInput={(e) => setJustification(e.currentTarget.value)} aria-invalid={!!errors.justification} />
        </Field>
        <fieldset>
          <legend>{t('evidence')}</legend>
          {evidence.map((x, i) => (
            <div class="evidence" key={i}>
              <label for={`ev-type-${i}`}>{t('type')}</label>
              <select id={`ev-type-${i}`} value={x.type} onChange={(e) => setItem(i, { type: e.currentTarget.value as Evidence['type'] })}>
                {TYPES.map((ty) => (
                  <option key={ty}>{ty}</option>
                ))}
              </select>
              {x.type === 'DATASET' ? (
                <DatasetPicker index={i} value={x.datasetId} onPick={(datasetId) => setItem(i, { type: 'DATASET', datasetId })} />
              ) : (
                <>
                  <label for={`ev-ref-${i}`}>{t('reference')}</label>
                  <input id={`ev-ref-${i}`} value={x.reference ?? ''} onInput={(e) => setItem(i, { type: x.type, reference: e.currentTarget.value })} />
                </>
              )}
              <button type="button" class="link" onClick={() => setEvidence(evidence.filter((_, k) => k !== i))}>
                {t('remove')}
              </button>
              {errors[`evidence[${i}]`] ?? errors[`evidence[${i}].reference`] ?? errors[`evidence[${i}].datasetId`] ? (
                <small class="field-error">{errors[`evidence[${i}]`] ?? errors[`evidence[${i}].reference`] ?? errors[`evidence[${i}].datasetId`]}</small>
              ) : null}
            </div>
          ))}
          <button type="button" onClick={() => setEvidence([...evidence, { type: 'REGULATION', reference: '' }])}>
            {t('addEvidence')}
          </button>
          {errors.evidence ? <small class="field-error">{errors.evidence}</small> : null}
        </fieldset>
        <button type="submit">{t('save')}</button>
      </form>
      {notice ? <p role="status">{notice}</p> : null}
      <ProblemBox error={error} onReload={load} />
      {history.length ? (
        <section class="card">
          <h2>{t('history')}</h2>
          <ol class="timeline">
            {history.map((h, i) => (
              <li key={i}>
                {date(h.answeredAt)} · {h.answeredBy} · {h.value}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
