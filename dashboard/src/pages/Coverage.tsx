import type { Schemas } from '../api/client';
import { coverage } from '../data';
import { fmt, t } from '../i18n';
import { Loading, useLoad } from '../ui';

/** Blue shades by share of the row's most; white text on the darker ones (contrast at least 4.5:1 both ways). */
function shade(value: number, max: number): { background: string; color: string } {
  if (value === 0) return { background: '#fde8e6', color: '#8a1c12' };
  const steps = ['#e6f0fa', '#c4dcf2', '#8fbde6', '#2f6fa8', '#174a7c'];
  const i = Math.min(steps.length - 1, Math.floor((value / Math.max(1, max)) * (steps.length - 1)));
  return { background: steps[i], color: i >= 3 ? '#ffffff' : '#102a43' };
}

function Heatmap({ cells, kind, caption }: { cells: Schemas['CoverageCell'][]; kind: 'gcmObjective' | 'mgiDomain'; caption: string }) {
  const max = Math.max(1, ...cells.map((c) => c.datasets));
  const search = (c: Schemas['CoverageCell'], sex: boolean) =>
    `/search?${kind}=${encodeURIComponent(c.code)}&status=PUBLISHED${sex ? '&disaggregation=SEX' : ''}`;
  return (
    <table class="heatmap" data-testid={`heatmap-${kind}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{kind === 'gcmObjective' ? t('gcmObjective') : t('mgiDomain')}</th>
          <th scope="col">{t('datasets')}</th>
          <th scope="col">{t('sexDisaggregated')}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => (
          <tr key={c.code} id={kind === 'gcmObjective' ? `gcm-${c.code}` : `mgi-${c.code}`} class={c.gap ? 'gap' : undefined}>
            <th scope="row">
              {c.code}
              {c.gap ? <span class="gap-mark"> · {t('gap')}</span> : null}
            </th>
            {[false, true].map((sex) => {
              const n = sex ? c.sexDisaggregated : c.datasets;
              return (
                <td key={String(sex)} style={shade(n, max)} data-cell={`${c.code}${sex ? '-sex' : ''}`}>
                  <a href={search(c, sex)} style={{ color: 'inherit' }} aria-label={`${c.code}: ${fmt(n)} ${sex ? t('sexDisaggregated') : t('datasets')}`}>
                    {fmt(n)}
                  </a>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The 23 GCM objectives and the 6 MGI domains against the published datasets, gaps marked; each cell opens its search. */
export default function Coverage() {
  const figures = useLoad(() => coverage(), []);
  return (
    <div>
      <h1>{t('coverage')}</h1>
      <p class="muted">{t('coverageHint')}</p>
      <Loading when={figures}>
        {() => (
          <div class="two-columns">
            <Heatmap cells={figures.data!.gcmObjectives} kind="gcmObjective" caption={`${t('gcmObjective')} 1–23 · ${fmt(figures.data!.publishedDatasets)} ${t('datasets')}`} />
            <Heatmap cells={figures.data!.mgiDomains} kind="mgiDomain" caption={`${t('mgiDomain')} D1–D6`} />
          </div>
        )}
      </Loading>
    </div>
  );
}
