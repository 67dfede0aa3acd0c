import { finishExportAudit, listCalls, startExportAudit, type ReportCall } from "@/db/queries/outcomes-report";
import type { Workspace } from "@/db/schema";
import { statusDisplay, answeredByLabels, outcomeLabel, purposeLabels } from "@/lib/labels";
import { csvRow } from "@/lib/outcomes/csv";
import { todayIn, type Period } from "@/lib/outcomes/period";
import { formatPhone } from "@/lib/phone";
import { filtersForAudit, type OutcomeFilters } from "@/lib/validation/outcomes";
import { log } from "@/lib/log/logger";
import { zoneOffsetMinutes } from "@/lib/time/zoned";

/** Rows per database round trip: big enough to keep round trips few, small enough to stay flat. */
export const EXPORT_PAGE_SIZE = 5000;

const QUARTER_HOUR_MS = 15 * 60 * 1000;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * "YYYY-MM-DD HH:MM:SS" in `timeZone`, for a million rows. Intl costs a few µs a row (the export's
 * largest single cost), so the zone's offset is asked of it once per quarter hour of UTC (every
 * zone's offset changes only on a quarter hour) and the rest is arithmetic.
 */
export function localTime(timeZone: string): (d: Date) => string {
  // Offsets by quarter hour; a quarter hour with a transition inside it (St John's changed at
  // 00:01 until 2011) is marked null and read minute by minute.
  const offsets = new Map<number, number | null>();
  const minuteOffsets = new Map<number, number>();
  const offsetOf = (ms: number) => zoneOffsetMinutes(new Date(ms), timeZone) * 60_000;
  const offsetAt = (ms: number) => {
    const bucket = Math.floor(ms / QUARTER_HOUR_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = offsetOf(bucket * QUARTER_HOUR_MS);
      offset = start === offsetOf((bucket + 1) * QUARTER_HOUR_MS - 1) ? start : null;
      offsets.set(bucket, offset);
    }
    if (offset !== null) return offset;
    const minute = Math.floor(ms / 60_000);
    let exact = minuteOffsets.get(minute);
    if (exact === undefined) minuteOffsets.set(minute, (exact = offsetOf(minute * 60_000)));
    return exact;
  };
  return (d: Date) => {
    const local = new Date(d.getTime() + offsetAt(d.getTime()));
    return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  };
}

/** NANP numbers by hand: libphonenumber costs ~15 µs a row, which is seconds at 100k rows. */
function phone(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : formatPhone(e164);
}

export function csvHeader(timeZone: string): string {
  return csvRow([
    `Placed at (${timeZone})`,
    "Customer",
    "Phone",
    "Purpose",
    "Assistant",
    "Dispatcher",
    "Status",
    "Answered by",
    "Duration (s)",
    "Outcome",
    "Notes",
    "Summary",
    "Reviewed",
    "Rating",
    "Call ID",
  ]);
}

export function csvLine(c: ReportCall, time: (d: Date) => string): string {
  return csvRow([
    time(c.createdAt),
    c.customerName,
    phone(c.phoneNumber),
    purposeLabels[c.purpose],
    c.assistantName,
    c.dispatcherName ?? "Automatic",
    statusDisplay[c.status].label,
    c.answeredBy ? answeredByLabels[c.answeredBy] : null,
    c.durationSeconds,
    c.outcomeType ? outcomeLabel(c.outcomeType) : null,
    c.notes,
    c.summary,
    c.reviewed ? "yes" : "no",
    c.rating,
    c.id,
  ]);
}

export function exportFilename(workspace: Pick<Workspace, "slug" | "timeZone">, now = new Date()): string {
  return `callboard-${workspace.slug.replace(/[^a-z0-9-]/gi, "")}-calls-${todayIn(workspace.timeZone, now)}.csv`;
}

/**
 * The filtered calls as a CSV stream. Each pull takes one keyset page and starts reading the next,
 * so memory holds two pages whatever the total, and a slow reader slows the queries down instead of
 * filling a buffer.
 * The audit entry is written before the stream is returned and completed when it ends.
 */
export async function createCallsCsvStream({
  workspace,
  actorId,
  filters,
  period,
  pageSize = EXPORT_PAGE_SIZE,
}: {
  workspace: Pick<Workspace, "id" | "timeZone">;
  actorId: string;
  filters: OutcomeFilters;
  period: Pick<Period, "from" | "to">;
  pageSize?: number;
}): Promise<ReadableStream<Uint8Array>> {
  const audited = filtersForAudit(filters);
  const auditId = await startExportAudit({ workspaceId: workspace.id, actorId, filters: audited });
  const encoder = new TextEncoder();
  const time = localTime(workspace.timeZone);
  const fetchPage = (cursor: string | undefined) =>
    listCalls({ workspaceId: workspace.id, filters: { ...filters, cursor }, from: period.from, to: period.to, limit: pageSize });
  let ahead: ReturnType<typeof fetchPage> | null = null;
  let rows = 0;
  let done = false;
  const finish = (aborted: boolean) => {
    done = true;
    return finishExportAudit({
      workspaceId: workspace.id,
      id: auditId,
      after: { filters: audited, rows, finished: !aborted, ...(aborted ? { aborted } : {}) },
    });
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // The byte-order mark makes Excel read the file as UTF-8 (names with accents stay intact).
        controller.enqueue(encoder.encode(`\uFEFF${csvHeader(workspace.timeZone)}`));
      },
      async pull(controller) {
        try {
          const page = await (ahead ?? fetchPage(undefined));
          // The next page is read while this one is formatted and sent: the database and the
          // formatting overlap, and memory holds two pages at most.
          ahead = page.next ? fetchPage(page.next) : null;
          ahead?.catch(() => {});
          rows += page.rows.length;
          if (page.rows.length > 0) controller.enqueue(encoder.encode(page.rows.map((r) => csvLine(r, time)).join("")));
          if (page.next) return;
          await finish(false);
          controller.close();
        } catch (error) {
          log.error({ err: error, workspaceId: workspace.id, rows }, "calls export failed");
          await finish(true).catch(() => {});
          controller.error(new Error("export failed"));
        }
      },
      async cancel() {
        // The browser went away mid-download: keep how far it got.
        if (!done) await finish(true);
      },
    },
    // Nothing is queued ahead of the consumer; only the next page is being read.
    { highWaterMark: 0 },
  );
}
