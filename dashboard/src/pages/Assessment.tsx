import { useState } from 'preact/hooks';
import { api, etag, must, type Schemas } from '../api/client';
import { currentSession, has, ROLES } from '../auth';
import { Chart, COLOURS } from '../charts';
import { all, organizationsByCode, STATUSES } from '../data';
import { date, fmt, label, t } from '../i18n';
import { Badge, Field, fieldErrors, Loading, ProblemBox, Section, useLoad } from '../ui';

type Summary = Schemas['AssessmentSummary'];

function save(name: string, type: string, text: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function Stepper({ status }: { status: Schemas['AssessmentStatus'] }) {
  const at = STATUSES.indexOf(status);
  return (
    <ol class="stepper" aria-label={t('stage')}>
      {STATUSES.map((s, i) => (
        <li key={s} class={i < at ? 'done' : i === at ? 'current' : 'todo'} aria-current={i === at ? 'step' : undefined}>
          {s}
        </li>
      ))}
    </ol>
  );
}

/** The next move and what it lacks; the coordinator moves it (If-Match: nobody moved it meanwhile). */
function NextMove({ id, assessmentEtag, changes, onMoved }: { id: string; assessmentEtag: string; changes: number; onMoved: () => void }) {
  const next = useLoad(() => must(api.GET('/api/v1/assessments/{id}/next-move', { params: { path: { id } } })).then((r) => r.data), [id, assessmentEtag, changes]);
  const [error, setError] = useState<unknown>(null);
  const coordinator = has(currentSession(), ROLES.coordinator, ROLES.admin);
  return (
    <Section title={t('nextMove')} id="next-move">
      <Loading when={next}>
        {() => {
          const n = next.data!;
          if (!n.to) return <p>{t('published')}</p>;
          return (
            <div data-testid="next-move">
              <p>
                {n.status} → <strong>{n.to}</strong>
              </p>
              {n.unmet.length ? (
                <>
                  <p>{t('unmet')}:</p>
                  <ul class="unmet">
                    {n.unmet.map((u) => (
                      <li key={u}>{u}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t('ready')}</p>
              )}
              {coordinator ? (
                <button
                  type="button"
                  onClick={async () => {
                    setError(null);
                    try {
                      await must(api.POST('/api/v1/assessments/{id}/transitions', { params: { path: { id }, header: { 'If-Match': assessmentEtag } }, body: { to: n.to as Schemas['AssessmentStatus'] } }));
                      onMoved();
                    } catch (e) {
                      setError(e);
                    }
                  }}
                >
                  {t('moveTo')} {n.to}
                </button>
              ) : null}
              <ProblemBox error={error} onReload={onMoved} />
            </div>
          );
        }}
      </Loading>
    </Section>
  );
}

/** A chart's axis label: cut at a word, with an ellipsis, when too long. */
function short(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return (cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut) + '…';
}

function DomainChart({ summary }: { summary: Summary }) {
  const series = [
    ['yes', COLOURS.yes, (d: Summary['domains'][number]) => d.yes],
    ['partial', COLOURS.partial, (d: Summary['domains'][number]) => d.partial],
    ['no', COLOURS.no, (d: Summary['domains'][number]) => d.no],
    ['notAnswered', COLOURS.open, (d: Summary['domains'][number]) => d.indicators - d.answered],
  ] as const;
  return (
    <Chart
      name={`${t('yes')} / ${t('partial')} / ${t('no')}`}
      testid="domain-chart"
      height={Math.max(220, summary.domains.length * 44 + 70)}
      option={{
        tooltip: {},
        legend: { data: series.map(([k]) => t(k)) },
        grid: { left: 180, right: 30 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: summary.domains.map((d) => short(`${d.code} ${label(d.name)}`, 28)) },
        series: series.map(([k, colour, value]) => ({
          name: t(k),
          type: 'bar',
          stack: 'answers',
          itemStyle: { color: colour },
          data: summary.domains.map((d) => value(d) || null),
        })),
      }}
    />
  );
}

function MeetingsChart({ meetings }: { meetings: Schemas['Meeting'][] }) {
  return (
    <Chart
      name={`${t('participants')}: ${t('female')} / ${t('male')}`}
      testid="meeting-chart"
      height={260}
      option={{
        tooltip: {},
        legend: { data: [t('female'), t('male')] },
        xAxis: { type: 'category', data: meetings.map((m) => `${m.type} ${m.date}`) },
        yAxis: { type: 'value' },
        series: [
          { name: t('female'), type: 'bar', stack: 'sex', itemStyle: { color: COLOURS.female }, data: meetings.map((m) => m.participants.female || null) },
          { name: t('male'), type: 'bar', stack: 'sex', itemStyle: { color: COLOURS.male }, data: meetings.map((m) => m.participants.male || null) },
        ],
      }}
    />
  );
}

function MeetingForm({ id, onDone }: { id: string; onDone: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  return (
    <form
      class="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        setError(null);
        try {
          await must(
            api.POST('/api/v1/assessments/{id}/meetings', {
              params: { path: { id } },
              body: {
                type: f.get('type') as Schemas['MeetingType'],
                date: String(f.get('date')),
                place: String(f.get('place')),
                participants: { female: Number(f.get('female')), male: Number(f.get('male')) },
                orgs: String(f.get('orgs')).split(/[\s,]+/).filter(Boolean),
              },
            }),
          );
          onDone();
        } catch (x) {
          setError(x);
        }
      }}
    >
      <h3>{t('recordMeeting')}</h3>
      <Field id="m-type" label={t('type')} error={errors.type}>
        <select id="m-type" name="type">
          {['INTRODUCTION', 'FGD', 'CONSULTATION', 'VALIDATION'].map((x) => (
            <option key={x}>{x}</option>
          ))}
        </select>
      </Field>
      <Field id="m-date" label={t('dateLabel')} error={errors.date}>
        <input id="m-date" name="date" type="date" required />
      </Field>
      <Field id="m-place" label={t('place')} error={errors.place}>
        <input id="m-place" name="place" />
      </Field>
      <Field id="m-female" label={t('female')} error={errors['participants.female']}>
        <input id="m-female" name="female" type="number" min="0" value="0" />
      </Field>
      <Field id="m-male" label={t('male')} error={errors['participants.male']}>
        <input id="m-male" name="male" type="number" min="0" value="0" />
      </Field>
      <Field id="m-orgs" label={t('agencies')} error={errors.orgs}>
        <input id="m-orgs" name="orgs" placeholder="KEMNAKER, BP2MI" />
      </Field>
      <button type="submit">{t('save')}</button>
      <ProblemBox error={error} />
    </form>
  );
}

function Highlights({ id, codes, indicators, editable, onChange }: { id: string; codes: string[]; indicators: Map<string, Schemas['Indicator']>; editable: boolean; onChange: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const act = async (call: Promise<{ error?: unknown; response: Response }>) => {
    setError(null);
    try {
      await must(call as never);
      onChange();
    } catch (x) {
      setError(x);
    }
  };
  const byDomain = new Map<string, string[]>();
  // in the catalog's order (1.4 before 1.12), as the report lists them
  const order = (c: string) => indicators.get(c)?.order ?? Number.MAX_SAFE_INTEGER;
  for (const c of [...codes].sort((x, y) => order(x) - order(y))) {
    const d = indicators.get(c)?.domain ?? '?';
    byDomain.set(d, [...(byDomain.get(d) ?? []), c]);
  }
  return (
    <Section title={t('highlights')} id="highlights">
      {[...byDomain.entries()].sort().map(([domain, list]) => (
        <div key={domain}>
          <h3>{domain}</h3>
          <ul>
            {list.map((c) => (
              <li key={c}>
                <strong>{c}</strong> {label(indicators.get(c)?.text)}{' '}
                {editable ? (
                  <button type="button" class="link" onClick={() => act(api.DELETE('/api/v1/assessments/{id}/highlights/{indicator}', { params: { path: { id, indicator: c } } }))}>
                    {t('remove')} {c}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {codes.length === 0 ? <p>{t('noItems')}</p> : null}
      {editable ? (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(api.PUT('/api/v1/assessments/{id}/highlights/{indicator}', { params: { path: { id, indicator: code } } }));
          }}
        >
          <label for="hl">{t('addHighlight')}</label>
          <select id="hl" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
            <option value="">{t('choose')}</option>
            {[...indicators.values()]
              .filter((i) => !codes.includes(i.code))
              .map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code} {label(i.text).slice(0, 60)}
                </option>
              ))}
          </select>
          <button type="submit" disabled={!code}>
            {t('addHighlight')}
          </button>
        </form>
      ) : null}
      <ProblemBox error={error} />
    </Section>
  );
}

/** The report opened in a tab of its own, as the service wrote it: read, printed or saved as PDF from there. */
function open(html: string) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Report({ id, title }: { id: string; title: string }) {
  const [error, setError] = useState<unknown>(null);
  const get = async (kind: 'text/html' | 'text/markdown' | 'csv') => {
    setError(null);
    try {
      if (kind === 'csv') {
        return (await must(api.GET('/api/v1/assessments/{id}/answers', { params: { path: { id }, query: { format: 'csv' } }, parseAs: 'text' }))).data as string;
      }
      return (await must(api.GET('/api/v1/assessments/{id}/report', { params: { path: { id } }, headers: { Accept: kind }, parseAs: 'text' }))).data as string;
    } catch (x) {
      setError(x);
      return null;
    }
  };
  const name = title.replace(/[^\w-]+/g, '-');
  return (
    <Section title={t('report')} id="report">
      <div class="buttons">
        <button type="button" onClick={async () => { const x = await get('text/html'); if (x) open(x); }}>
          {t('report')}
        </button>
        <button type="button" onClick={async () => { const x = await get('text/html'); if (x) save(`${name}.html`, 'text/html', x); }}>
          {t('download')} HTML
        </button>
        <button type="button" onClick={async () => { const x = await get('text/markdown'); if (x) save(`${name}.md`, 'text/markdown', x); }}>
          {t('download')} Markdown
        </button>
        <button type="button" onClick={async () => { const x = await get('csv'); if (x) save(`${name}.csv`, 'text/csv', x); }}>
          {t('download')} CSV
        </button>
      </div>
      <ProblemBox error={error} />
    </Section>
  );
}

/** One assessment: its stage and next move, results per domain, highlights, meetings, participants, the report. */
export default function Assessment({ id }: { id: string }) {
  const path = { id };
  const assessment = useLoad(async () => {
    const r = await must(api.GET('/api/v1/assessments/{id}', { params: { path } }));
    return { a: r.data, etag: etag(r.response) };
  }, [id]);
  const summary = useLoad(() => must(api.GET('/api/v1/assessments/{id}/summary', { params: { path } })).then((r) => r.data), [id, assessment.data?.etag]);
  const meetings = useLoad(() => must(api.GET('/api/v1/assessments/{id}/meetings', { params: { path } })).then((r) => r.data), [id]);
  const participants = useLoad(() => must(api.GET('/api/v1/assessments/{id}/participants', { params: { path } })).then((r) => r.data), [id]);
  const highlights = useLoad(() => must(api.GET('/api/v1/assessments/{id}/highlights', { params: { path } })).then((r) => r.data), [id]);
  const orgs = useLoad(() => organizationsByCode(), []);
  const a = assessment.data?.a;
  const indicators = useLoad(async () => {
    if (!a) return new Map<string, Schemas['Indicator']>();
    const list = await all((page) =>
      must(api.GET('/api/v1/frameworks/{framework}/versions/{version}/indicators', { params: { path: { framework: a.framework, version: a.version }, query: { page, size: 500 } } })).then((r) => r.data as Schemas['IndicatorPage']),
    );
    return new Map(list.map((i) => [i.code, i]));
  }, [a?.framework, a?.version]);
  const session = currentSession();
  // a meeting or a highlight recorded here may meet a condition of the next move: it is asked again
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const coordinator = has(session, ROLES.coordinator, ROLES.admin) && a?.status !== 'PUBLISHED';

  return (
    <Loading when={assessment}>
      {() => (
        <article class="assessment">
          <h1>
            {a!.title} <Badge value={a!.status} />
          </h1>
          <p class="muted">
            {a!.framework} {a!.version} · {a!.regionName ?? a!.scope.level} {a!.scope.regionCode ?? ''} · {a!.publishedAt ? `${t('published')} ${date(a!.publishedAt)}` : `${t('changed')} ${date(a!.updatedAt)}`}
          </p>
          <Stepper status={a!.status} />
          <NextMove id={id} assessmentEtag={assessment.data!.etag} changes={changes} onMoved={assessment.reload} />
          <Section title={`${t('completion')} · ${t('domains')}`} id="domains">
            <Loading when={summary}>
              {() => (
                <>
                  <p data-testid="completion">
                    {t('completion')}: <strong>{fmt(100 * summary.data!.completion)}%</strong> ({fmt(summary.data!.answered)}/{fmt(summary.data!.indicators)}) · {t('yes')} {fmt(summary.data!.yes)} · {t('partial')} {fmt(summary.data!.partial)} · {t('no')}{' '}
                    {fmt(summary.data!.no)}
                  </p>
                  <DomainChart summary={summary.data!} />
                </>
              )}
            </Loading>
          </Section>
          <Loading when={highlights}>
            {() => <Highlights id={id} codes={highlights.data!} indicators={indicators.data ?? new Map()} editable={coordinator} onChange={() => { highlights.reload(); changed(); }} />}
          </Loading>
          <Section title={t('meetings')} id="meetings">
            <Loading when={meetings}>
              {() => (
                <>
                  {meetings.data!.length ? <MeetingsChart meetings={meetings.data!} /> : null}
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('type')}</th>
                        <th scope="col">{t('dateLabel')}</th>
                        <th scope="col">{t('place')}</th>
                        <th scope="col">{t('female')}</th>
                        <th scope="col">{t('male')}</th>
                        <th scope="col">{t('agencies')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {meetings.data!.map((m) => (
                        <tr key={m.id}>
                          <td>{m.type}</td>
                          <td>{date(m.date)}</td>
                          <td>{m.place}</td>
                          <td>{fmt(m.participants.female)}</td>
                          <td>{fmt(m.participants.male)}</td>
                          <td>{fmt(m.orgs.length)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {coordinator ? <MeetingForm id={id} onDone={() => { meetings.reload(); changed(); }} /> : null}
                </>
              )}
            </Loading>
          </Section>
          <Section title={t('participants')} id="participants">
            <Loading when={participants}>
              {() => (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('agencies')}</th>
                      <th scope="col">{t('assignedTo')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {participants.data!.map((p) => (
                      <tr key={p.org}>
                        <th scope="row">
                          {orgs.data?.get(p.org) ? label(orgs.data.get(p.org)!.name) : p.org} <span class="muted">({p.org})</span>
                        </th>
                        <td>
                          {p.indicators.map((c, i) => (
                            <>
                              {i ? ', ' : ''}
                              <a href={`/assessments/${id}/answers/${c}`}>{c}</a>
                            </>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Loading>
          </Section>
          <Report id={id} title={a!.title} />
        </article>
      )}
    </Loading>
  );
}

