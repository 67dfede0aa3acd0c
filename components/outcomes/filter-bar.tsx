"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition, type ReactNode } from "react";
import type { FilterOptions } from "@/db/queries/outcomes-report";
import { answeredByValues, callStatuses } from "@/db/schema/enums";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { statusDisplay, answeredByLabels, outcomeBucketLabels, purposeLabels } from "@/lib/labels";
import { hasNarrowingFilters, outcomesHref, type FilterPatch } from "@/lib/outcomes/url";
import { callPurposes } from "@/lib/validation/call";
import { outcomeFilterValues, outcomeRanges, rangeLabels, type OutcomeFilters } from "@/lib/validation/outcomes";

type Props = { filters: OutcomeFilters; options: FilterOptions; firstDay: string; lastDay: string };

function merge(current: OutcomeFilters, patch: FilterPatch): OutcomeFilters {
  const next: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) next[k] = v ?? undefined;
  return next as OutcomeFilters;
}

function Choice({
  label,
  value,
  onChange,
  className = "w-44",
  children,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string) => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Field label={label} className={className}>
      {(c) => (
        <Select {...c} value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
          {children}
        </Select>
      )}
    </Field>
  );
}

/**
 * Every filter lives in the URL: a change replaces it and the server renders the new view. The
 * optimistic copy keeps each control on its new value while that render is on its way.
 */
export function FilterBar({ filters, options, firstDay, lastDay }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [shown, show] = useOptimistic(filters, merge);
  const [q, setQ] = useState(filters.q ?? "");
  // Back/forward or "Clear filters" changes the URL's search without this input: follow it.
  const [urlQ, setUrlQ] = useState(filters.q);
  if (urlQ !== filters.q) {
    setUrlQ(filters.q);
    setQ(filters.q ?? "");
  }

  function go(patch: FilterPatch) {
    // A new filter starts again at the first page. Built on what is shown, not on the last
    // server render: a second change made before that render lands must keep the first.
    const full: FilterPatch = { ...patch, cursor: null };
    startTransition(() => {
      show(full);
      router.replace(outcomesHref(pathname, merge(shown, full)), { scroll: false });
    });
  }
  const pick = (key: keyof OutcomeFilters) => (value: string) => go({ [key]: value || null });

  return (
    <div
      role="group"
      aria-label="Filters"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-end gap-3">
        <Choice
          label="Dates"
          value={shown.range}
          className="w-40"
          onChange={(v) => go(v === "custom" ? { range: "custom", from: firstDay, to: lastDay } : { range: v as OutcomeFilters["range"] })}
        >
          {outcomeRanges.map((r) => (
            <option key={r} value={r}>
              {rangeLabels[r]}
            </option>
          ))}
        </Choice>
        {shown.range === "custom" && (
          <>
            <Field label="From" className="w-40">
              {(c) => (
                <Input
                  {...c}
                  type="date"
                  value={shown.from ?? firstDay}
                  max={shown.to ?? lastDay}
                  onChange={(e) => e.target.value && go({ from: e.target.value })}
                />
              )}
            </Field>
            <Field label="To" className="w-40">
              {(c) => (
                <Input
                  {...c}
                  type="date"
                  value={shown.to ?? lastDay}
                  min={shown.from ?? firstDay}
                  onChange={(e) => e.target.value && go({ to: e.target.value })}
                />
              )}
            </Field>
          </>
        )}
        <form
          role="search"
          className="flex min-w-56 flex-1 items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            go({ q: q.trim() || null });
          }}
        >
          <Field label="Search calls" className="flex-1">
            {(c) => (
              <Input {...c} type="search" value={q} placeholder="Summaries, notes, transcripts" onChange={(e) => setQ(e.target.value)} />
            )}
          </Field>
          <Button type="submit">Search</Button>
        </form>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Choice label="Purpose" value={shown.purpose} onChange={pick("purpose")}>
          <option value="">Any purpose</option>
          {callPurposes.map((p) => (
            <option key={p} value={p}>
              {purposeLabels[p]}
            </option>
          ))}
        </Choice>
        <Choice label="Assistant" value={shown.assistantId} className="w-40" onChange={pick("assistantId")}>
          <option value="">Any assistant</option>
          {options.assistants.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
              {a.active ? "" : " (retired)"}
            </option>
          ))}
        </Choice>
        <Choice label="Dispatcher" value={shown.dispatcherId} className="w-40" onChange={pick("dispatcherId")}>
          <option value="">Anyone</option>
          {options.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Choice>
        <Choice label="Outcome" value={shown.outcome} onChange={pick("outcome")}>
          <option value="">Any outcome</option>
          {outcomeFilterValues.map((o) => (
            <option key={o} value={o}>
              {outcomeBucketLabels[o]}
            </option>
          ))}
        </Choice>
        <Choice label="Answered by" value={shown.answeredBy} className="w-36" onChange={pick("answeredBy")}>
          <option value="">Anyone</option>
          {answeredByValues.map((a) => (
            <option key={a} value={a}>
              {answeredByLabels[a]}
            </option>
          ))}
        </Choice>
        <Choice label="Status" value={shown.status} className="w-40" onChange={pick("status")}>
          <option value="">Any status</option>
          {callStatuses.map((s) => (
            <option key={s} value={s}>
              {statusDisplay[s].label}
            </option>
          ))}
        </Choice>
        <Choice label="Reviewed" value={shown.reviewed} className="w-32" onChange={pick("reviewed")}>
          <option value="">Either</option>
          <option value="yes">Reviewed</option>
          <option value="no">Not reviewed</option>
        </Choice>
        <div className="flex h-9 items-center gap-3 text-sm">
          {hasNarrowingFilters(filters) && (
            <Link
              href={outcomesHref(pathname, { range: filters.range, from: filters.from, to: filters.to, sort: "created", dir: "desc" })}
              className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
            >
              Clear filters
            </Link>
          )}
          <span role="status" className="text-slate-500 dark:text-slate-400">
            {pending ? "Updating…" : ""}
          </span>
        </div>
      </div>
    </div>
  );
}
