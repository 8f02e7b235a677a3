import { api, must, type Schemas } from './api/client';

/** Every item of a paged list (the platform pages at most 500 per request). */
export async function all<T>(page: (p: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let p = 0; ; p++) {
    const got = await page(p);
    items.push(...got.items);
    if (got.items.length === 0 || items.length >= got.total) return items;
  }
}

let organizations: Promise<Map<string, Schemas['Organization']>> | null = null;

/** The organisations by code (names for producers, participants, reviewers), read once per page load. */
export function organizationsByCode(): Promise<Map<string, Schemas['Organization']>> {
  organizations ??= all((page) =>
    must(api.GET('/api/v1/organizations', { params: { query: { page, size: 500 } } })).then((r) => r.data),
  ).then((list) => new Map(list.map((o) => [o.code, o])));
  return organizations;
}

export const STATUSES: Schemas['AssessmentStatus'][] = ['PLANNED', 'DATA_COLLECTION', 'CONSULTATION', 'VALIDATION', 'VALIDATED', 'PUBLISHED'];
export const DATASET_STATUSES: Schemas['DatasetStatus'][] = ['DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED', 'PUBLISHED', 'RETIRED'];

/** The coverage figures as JSON (the operation also answers SDMX-CSV, asked for by format or Accept). */
export function coverage(): Promise<Schemas['Coverage']> {
  return must(api.GET('/api/v1/coverage', { params: { query: { format: 'json' } } })).then((r) => r.data as Schemas['Coverage']);
}

/** Every assessment (the list has no filters: the console groups and filters them in the browser). */
export function assessments(): Promise<Schemas['Assessment'][]> {
  return all((page) => must(api.GET('/api/v1/assessments', { params: { query: { page, size: 500 } } })).then((r) => r.data));
}
