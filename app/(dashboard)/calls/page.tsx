import type { Metadata } from "next";
import Link from "next/link";
import { listCallsPage } from "@/db/queries/calls-list";
import { CallsFilterBar } from "@/components/calls/calls-filter-bar";
import { CallsLiveRefresh } from "@/components/calls/calls-live-refresh";
import { CallsTable } from "@/components/calls/calls-table";
import { buttonClasses } from "@/components/ui/button";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { callsListParamsSchema, cursorParam } from "@/lib/validation/calls-list";

export const metadata: Metadata = { title: "Calls" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

export default async function CallsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember(can.viewCalls);
  const raw = await searchParams;
  const params = callsListParamsSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { q, status, purpose, before } = params;
  const { rows, next } = await listCallsPage({
    workspaceId: member.workspace.id,
    filters: { q, status, purpose },
    before,
    limit: PAGE_SIZE,
  });
  const keep = new URLSearchParams(Object.entries({ q, status, purpose }).filter((e): e is [string, string] => Boolean(e[1])));
  const filtered = keep.size > 0;
  const olderHref = next ? `/calls?${new URLSearchParams([...keep, ["before", cursorParam(next)]])}` : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-lg font-semibold">Calls</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Every call placed in {member.workspace.name}, newest first, {PAGE_SIZE} a page.
          </p>
        </div>
        <Link href="/calls/new" className={buttonClasses({ variant: "primary" })}>
          Place call
        </Link>
      </div>
      <CallsFilterBar q={q ?? ""} status={status ?? ""} purpose={purpose ?? ""} />
      <CallsLiveRefresh ids={rows.map((r) => r.id)} newest={!before} />
      {rows.length === 0 && filtered ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No calls match this search.
        </p>
      ) : (
        <CallsTable calls={rows} timeZone={member.workspace.timeZone} />
      )}
      <nav aria-label="Pages" className="flex gap-2">
        {before && (
          <Link href={filtered ? `/calls?${keep}` : "/calls"} className={buttonClasses({ size: "sm" })}>
            Newest calls
          </Link>
        )}
        {olderHref && (
          <Link href={olderHref} className={buttonClasses({ size: "sm" })}>
            Older calls
          </Link>
        )}
      </nav>
    </div>
  );
}
