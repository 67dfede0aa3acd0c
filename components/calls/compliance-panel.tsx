"use client";
import { useQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import type { ComplianceVerdict } from "@/lib/compliance/check-call";
import { toE164 } from "@/lib/phone";
import { queryKeys } from "@/lib/query-keys";
import { readRoute } from "@/lib/routes/read-route";
import { callPurposes, type PlaceCallInput } from "@/lib/validation/call";

const RULE_LABEL: Record<string, string> = {
  do_not_call: "Do-not-call list",
  calling_hours: "Calling hours",
  collections: "Collections limits",
  collections_attempts: "Collections: 7 calls in 7 days",
  collections_conversation: "Collections: 7 days after a conversation",
  duplicate: "Duplicate guard",
  duplicate_in_flight: "Duplicate guard",
  duplicate_recent: "Duplicate guard",
};

const MARK = { pass: "✓", fail: "✕", overridden: "!" } as const;

/**
 * The rules this call will meet, checked on the server as the form fills in, so a refusal is
 * explained before submit rather than after. The server checks again when the call is placed.
 */
export function CompliancePanel() {
  const [customerId, phoneNumber, purpose] = useWatch<PlaceCallInput, ["customerId", "phoneNumber", "purpose"]>({
    name: ["customerId", "phoneNumber", "purpose"],
  });
  const phone = phoneNumber ? toE164(phoneNumber) : null;
  const ready = Boolean(customerId && phone && (callPurposes as readonly string[]).includes(purpose ?? ""));
  const query = useQuery({
    queryKey: queryKeys.compliance.preview(customerId ?? "", phone ?? "", purpose ?? ""),
    queryFn: async ({ signal }) => {
      const res = await readRoute<Pick<ComplianceVerdict, "kind" | "checks">>(
        "/api/compliance/preview",
        { customerId: customerId!, phoneNumber: phone!, purpose: purpose! },
        { signal },
      );
      if (!res.ok) throw new Error(res.error);
      return res.data;
    },
    enabled: ready,
    staleTime: 30_000,
  });

  if (!ready) return null;
  const checks = query.data?.checks ?? [];
  return (
    <section
      aria-label="Compliance checks"
      aria-live="polite"
      className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-800/50"
    >
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Checks before this call</h3>
      {query.isPending && <p className="text-slate-500 dark:text-slate-400">Checking the rules…</p>}
      {query.isError && (
        <p className="text-amber-800 dark:text-amber-300">Could not check the rules now; they are checked again when you place the call.</p>
      )}
      <ul className="space-y-1">
        {checks.map((c) => (
          <li key={c.rule} className="flex gap-2">
            <span
              aria-hidden
              className={
                c.result === "pass"
                  ? "text-emerald-600 dark:text-emerald-400"
                  : c.result === "fail"
                    ? "text-red-600 dark:text-red-400"
                    : "text-amber-600"
              }
            >
              {MARK[c.result]}
            </span>
            <span>
              <span className="font-medium">{RULE_LABEL[c.rule] ?? c.rule}</span>
              <span className="sr-only">{c.result === "pass" ? " passes" : " fails"}</span>
              <span className="text-slate-600 dark:text-slate-400"> — {c.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
