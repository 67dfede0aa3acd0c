import type { OutcomeFilters } from "@/lib/validation/outcomes";

/** Order of keys in a URL, so the same view always has the same, shareable address. */
const KEYS = [
  "range",
  "from",
  "to",
  "purpose",
  "assistantId",
  "dispatcherId",
  "outcome",
  "answeredBy",
  "status",
  "reviewed",
  "q",
  "sort",
  "dir",
  "cursor",
] as const;

const DEFAULTS: Partial<Record<(typeof KEYS)[number], string>> = { range: "30d", sort: "created", dir: "desc" };

export type FilterPatch = { [K in keyof OutcomeFilters]?: OutcomeFilters[K] | null };

/**
 * The query string for a view: defaults are left out so the plain page stays `/outcomes`; a custom
 * range keeps its dates, other ranges drop them.
 */
export function outcomesQuery(filters: OutcomeFilters, patch: FilterPatch = {}): string {
  const merged: Record<string, unknown> = { ...filters, ...patch };
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = merged[key];
    if (typeof value !== "string" || value === "" || DEFAULTS[key] === value) continue;
    if ((key === "from" || key === "to") && merged.range !== "custom") continue;
    params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function outcomesHref(path: string, filters: OutcomeFilters, patch: FilterPatch = {}): string {
  return `${path}${outcomesQuery(filters, patch)}`;
}

/** Any filter beyond the date range and sorting? Drives the "Clear filters" link. */
export function hasNarrowingFilters(f: OutcomeFilters): boolean {
  return Boolean(f.purpose || f.assistantId || f.dispatcherId || f.outcome || f.answeredBy || f.status || f.reviewed || f.q);
}
