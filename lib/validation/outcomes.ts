import { z } from "zod";
import { answeredByValues, callPurposes, callStatuses, outcomeTypes, type OutcomeType } from "@/db/schema/enums";

export const outcomeRanges = ["today", "7d", "30d", "custom"] as const;
export const sortKeys = ["created", "duration", "outcome"] as const;
export const sortDirs = ["asc", "desc"] as const;
/** "none": completed or failed calls that carry no outcome at all. */
export const outcomeFilterValues = [...outcomeTypes, "none"] as const;

export type OutcomeRange = (typeof outcomeRanges)[number];
export type SortKey = (typeof sortKeys)[number];
export type SortDir = (typeof sortDirs)[number];
export type OutcomeFilterValue = OutcomeType | "none";

export const rangeLabels: Record<OutcomeRange, string> = {
  today: "Today",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  custom: "Custom dates",
};

/** A custom range longer than this is cut to it: a year of calls is the most a page should scan. */
export const MAX_RANGE_DAYS = 366;

// Search params arrive as string | string[] | undefined; a repeated key keeps its first value.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);

/**
 * A hand-edited or stale URL must still open the page, so a value that does not parse is dropped
 * (`catch`) rather than turned into an error.
 */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(first, schema.optional()).catch(undefined);
}

const isoDate = z.iso.date();

export const outcomeFiltersSchema = z.object({
  range: z.preprocess(first, z.enum(outcomeRanges).default("30d")).catch("30d"),
  from: optional(isoDate),
  to: optional(isoDate),
  purpose: optional(z.enum(callPurposes)),
  assistantId: optional(z.uuid()),
  dispatcherId: optional(z.uuid()),
  outcome: optional(z.enum(outcomeFilterValues)),
  answeredBy: optional(z.enum(answeredByValues)),
  status: optional(z.enum(callStatuses)),
  reviewed: optional(z.enum(["yes", "no"])),
  q: optional(
    z
      .string()
      .trim()
      .max(200)
      .transform((v) => v || undefined),
  ),
  sort: z.preprocess(first, z.enum(sortKeys).default("created")).catch("created"),
  dir: z.preprocess(first, z.enum(sortDirs).default("desc")).catch("desc"),
  cursor: optional(z.string().max(512)),
});

export type OutcomeFilters = z.output<typeof outcomeFiltersSchema>;
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** Never throws: every field falls back to "not filtered" or its default. */
export function parseOutcomeFilters(params: SearchParamsRecord | URLSearchParams): OutcomeFilters {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const parsed = outcomeFiltersSchema.parse(record);
  // Dropped values leave no `key: undefined` behind, so two parses of one view compare equal.
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as OutcomeFilters;
}

/** The filters that narrow the set of calls, without paging or sorting: what an export records. */
export function filtersForAudit(f: OutcomeFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter((e): e is [string, string] => e[0] !== "cursor" && typeof e[1] === "string"));
}
