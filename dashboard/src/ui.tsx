import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiProblem } from './api/client';
import { fmt, t } from './i18n';

/** Data loaded for a page: again when its inputs change, or on reload(). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/** The fields a 400/422 problem names, by their JSON path, each with what is wrong. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiProblem) {
    for (const e of error.problem.errors ?? []) out[e.field] = out[e.field] ? `${out[e.field]}; ${e.message}` : e.message;
  }
  return out;
}

/** A refused request told in the user's words: 412 asks for a reload, 409 lists what is unmet, 429 says how long to wait. */
export function ProblemBox({ error, onReload }: { error: unknown; onReload?: () => void }) {
  if (!error) return null;
  if (!(error instanceof ApiProblem)) {
    return (
      <div class="problem" role="alert">
        {String(error)}
      </div>
    );
  }
  const p = error.problem;
  let message: ComponentChildren = p.detail ?? p.title;
  if (p.status === 412) message = t('stale');
  else if (p.status === 403) message = `${t('forbidden')} ${p.detail ?? ''}`;
  else if (p.status === 429) message = `${t('tooMany')} ${fmt(error.retryAfter ?? 60)} ${t('seconds')}.`;
  else if (p.errors?.length) message = `${t('fieldErrors')} ${p.detail ?? ''}`;
  return (
    <div class="problem" role="alert" data-status={p.status}>
      <p>
        <strong>{p.title}</strong> — {message}
      </p>
      {p.unmet?.length ? (
        <ul class="unmet">
          {p.unmet.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      ) : null}
      {p.status === 412 && onReload ? (
        <button type="button" onClick={onReload}>
          {t('reload')}
        </button>
      ) : null}
    </div>
  );
}

export function Loading({ when, children }: { when: { loading: boolean; error?: unknown; data?: unknown }; children?: () => ComponentChildren }) {
  if (when.error) return <ProblemBox error={when.error} />;
  if (when.data === undefined) return <p class="muted" aria-busy="true">{t('loading')}</p>;
  return <>{children?.()}</>;
}

/** A labelled form field with its error from the API next to it. */
export function Field(props: { id: string; label: string; error?: string; children: ComponentChildren; hint?: string }) {
  return (
    <div class={'field' + (props.error ? ' invalid' : '')}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint ? <small class="muted">{props.hint}</small> : null}
      {props.error ? (
        <small class="field-error" id={props.id + '-error'} role="alert">
          {props.error}
        </small>
      ) : null}
    </div>
  );
}

/** Simple horizontal bars (the overview's: no chart library needed for its first view). */
export function BarList({ rows, label }: { rows: { key: string; label: string; value: number; href?: string }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul class="barlist" aria-label={label}>
      {rows.map((r) => (
        <li key={r.key}>
          <span class="barlist-label">{r.href ? <a href={r.href}>{r.label}</a> : r.label}</span>
          <span class="barlist-bar" aria-hidden="true">
            <span style={{ width: `${(100 * r.value) / max}%` }} />
          </span>
          <span class="barlist-value">{fmt(r.value)}</span>
        </li>
      ))}
    </ul>
  );
}

export function Badge({ value }: { value: string }) {
  return <span class={`badge badge-${value.toLowerCase()}`}>{value}</span>;
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
