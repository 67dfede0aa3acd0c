"use client";

import Link from "next/link";
import { useMemo } from "react";
import { ConnectionStatus } from "@/components/board/connection-status";
import { Button, buttonClasses } from "@/components/ui/button";
import type { LeadItem } from "@/lib/leads/item";
import { LeadRow, type LeadFormats } from "./lead-row";
import { useLeads } from "./use-leads";

const th = "px-3 py-2 font-medium";
const active = (l: LeadItem) => l.status === "open" || l.status === "calling";

export function LeadsView({
  workspaceId,
  initialItems,
  timeZone,
  leadAssistantName,
  isAdmin,
}: {
  workspaceId: string;
  initialItems: LeadItem[];
  timeZone: string;
  leadAssistantName: string | null;
  isAdmin: boolean;
}) {
  const { items, live, refreshFailed, retry } = useLeads({ workspaceId, initialItems });
  // Open and in-progress leads first, oldest first (the longest wait is the most urgent), then closed ones.
  const shown = useMemo(
    () =>
      [...items].sort((a, b) =>
        active(a) !== active(b)
          ? active(a)
            ? -1
            : 1
          : active(a)
            ? a.receivedAt.localeCompare(b.receivedAt)
            : b.receivedAt.localeCompare(a.receivedAt),
      ),
    [items],
  );
  const formats: LeadFormats = useMemo(
    () => ({
      clock: new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }),
      when: new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" }),
    }),
    [timeZone],
  );
  const openCount = items.filter((l) => l.status === "open").length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <h1 className="text-lg font-semibold">
            Leads <span className="font-normal text-slate-500 dark:text-slate-400">· {openCount} open</span>
          </h1>
          <ConnectionStatus state={live} />
        </div>
        <Link href="/leads/new" className={buttonClasses({ variant: "primary", size: "sm" })}>
          Add lead
        </Link>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {leadAssistantName ? (
          <>New leads are called within seconds by {leadAssistantName}, when calling hours allow; otherwise at the first minute they do.</>
        ) : (
          <>
            No lead assistant is set, so leads wait here for a dispatcher
            {isAdmin ? (
              <>
                {": "}
                <Link href="/settings" className="font-medium text-brand-600 underline underline-offset-2 dark:text-brand-100">
                  set one in Settings
                </Link>
              </>
            ) : (
              "; ask an admin to set one"
            )}
            .
          </>
        )}
      </p>
      {refreshFailed && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          The list could not catch up with the server; it shows the last leads it knew about.
          <Button size="sm" onClick={retry}>
            Try again
          </Button>
        </div>
      )}
      <div
        role="region"
        aria-label="Leads list"
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      >
        <table className="min-w-full text-sm">
          <caption className="sr-only">Leads, open ones first, longest wait at the top</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-800/60 dark:text-slate-400">
            <tr>
              <th scope="col" className={th}>
                Lead
              </th>
              <th scope="col" className={th}>
                Asked for
              </th>
              <th scope="col" className={th}>
                Received
              </th>
              <th scope="col" className={th}>
                Status
              </th>
              <th scope="col" className={`${th} text-right`}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <LeadRow key={item.id} item={item} formats={formats} />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && (
          <p className="p-8 text-center text-sm text-slate-500 dark:text-slate-400">No leads yet. New ones appear here as they come in.</p>
        )}
      </div>
    </div>
  );
}
