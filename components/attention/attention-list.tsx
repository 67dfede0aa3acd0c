import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { AttentionKind } from "@/db/schema/enums";
import { ResolveItem } from "./resolve-item";
import type { AttentionGroupView, AttentionRowView } from "./types";

const TONES: Record<AttentionKind, BadgeTone> = {
  escalation: "danger",
  needs_review: "warning",
  failed: "danger",
  stuck: "warning",
  over_capacity: "warning",
};

function Row({ row }: { row: AttentionRowView }) {
  const nameId = `attention-${row.id}`;
  return (
    <li className="flex flex-col gap-3 px-4 py-3 lg:flex-row lg:items-start">
      <div className="grid min-w-0 flex-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(10rem,14rem)_1fr]">
        <div className="min-w-0">
          <p id={nameId} className="font-medium text-slate-900 dark:text-slate-100">
            {row.customerName}
          </p>
          <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400">{row.phone}</p>
        </div>
        <div className="min-w-0 text-sm">
          <p className="text-slate-600 dark:text-slate-400">
            {row.purposeLabel} · <time dateTime={row.whenIso}>{row.when}</time>
          </p>
          <p className="break-words text-slate-800 dark:text-slate-200">{row.detail ?? "No detail given."}</p>
        </div>
      </div>
      <div className="flex shrink-0 flex-wrap items-start gap-2">
        <Link href={`/calls/${row.callId}`} aria-describedby={nameId} className={buttonClasses({ size: "sm", variant: "ghost" })}>
          Open call
        </Link>
        <ResolveItem itemId={row.id} describedBy={nameId} />
      </div>
    </li>
  );
}

/** The open items, one section per kind, each with its count; empty kinds say so in a line. */
export function AttentionList({ groups }: { groups: AttentionGroupView[] }) {
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <section
          key={g.kind}
          aria-labelledby={`group-${g.kind}`}
          className="rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="border-b border-slate-100 px-4 py-2.5 dark:border-slate-800">
            <h2 id={`group-${g.kind}`} className="flex items-center gap-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
              {g.title}
              <Badge tone={g.rows.length ? TONES[g.kind] : "neutral"}>
                {g.rows.length}
                <span className="sr-only"> open</span>
              </Badge>
            </h2>
            <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{g.description}</p>
          </div>
          {g.rows.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-500 dark:text-slate-400">Nothing open.</p>
          ) : (
            <ul aria-labelledby={`group-${g.kind}`} className="divide-y divide-slate-100 dark:divide-slate-800">
              {g.rows.map((row) => (
                <Row key={row.id} row={row} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
