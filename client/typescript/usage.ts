// Compiled with tsc --strict against the types generated from the platform document (platform.d.ts, by
// openapi-typescript): the shapes a dashboard or a Node.js pipeline reads, checked by the compiler. A renamed or
// removed schema, operation or field breaks this file.
import type { components, operations, paths } from "./platform";

type Schemas = components["schemas"];
export type Dataset = Schemas["Dataset"];
export type DatasetStatus = Schemas["DatasetStatus"];
export type Problem = Schemas["Problem"];
export type SearchPage = operations["searchDatasets"]["responses"][200]["content"]["application/json"];
export type SearchQuery = NonNullable<operations["searchDatasets"]["parameters"]["query"]>;

/** Every status a dataset passes through in the Satu Data Indonesia flow is a value of the contract's enum. */
export const flow: readonly DatasetStatus[] = ["DRAFT", "SUBMITTED", "VERIFIED", "RETURNED", "PUBLISHED", "RETIRED"];

/** A search page's titles in the chosen language, falling back to Indonesian. */
export function titles(page: SearchPage, language: "id" | "en"): string[] {
  return page.items.map((dataset) => (language === "en" ? dataset.title.en ?? dataset.title.id : dataset.title.id));
}

/** The facet counts of one facet, as the search answers them. */
export function producerCounts(page: SearchPage): Array<[string, number]> {
  return Object.entries(page.facets?.producer ?? {});
}

/** What a problem answer says, field by field, for a form to show next to its fields. */
export function fieldMessages(problem: Problem): Map<string, string> {
  return new Map((problem.errors ?? []).map((error) => [error.field, error.message]));
}

/** The unmet conditions of a refused workflow move (409), listed for the user. */
export function unmet(problem: Problem): string[] {
  return problem.unmet ?? [];
}

export const searchPath: keyof paths = "/api/v1/datasets";
export const query: SearchQuery = { q: "pekerja migran", disaggregation: ["SEX"], page: 0, size: 20 };
