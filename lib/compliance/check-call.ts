import { findDoNotCall, IN_FLIGHT_STATUSES, listRecentCustomerCalls } from "@/db/queries/compliance";
import { underWayPhrases } from "@/lib/labels";
import { formatDateTime, zoneName } from "@/lib/format/time";
import { db, type DbOrTx } from "@/db";
import type { ComplianceRecord } from "@/db/schema";
import { isWithinCallingHours, nextAllowedInstant } from "./calling-hours";
import { checkCollections } from "./collections";
import { zonesForCustomer } from "./phone-zones";

export type ComplianceCheck = ComplianceRecord["checks"][number];

/**
 * refused: a hard rule (do-not-call, collections) — not placed, kept as blocked.
 * schedulable: outside calling hours — may be held and sent at `allowedAt`.
 * confirmable: the duplicate guard — placed only if the dispatcher confirms.
 */
export type ComplianceVerdict = {
  kind: "allowed" | "refused" | "schedulable" | "confirmable";
  checks: ComplianceCheck[];
  blocking: ComplianceCheck | null;
  record: ComplianceRecord;
};

export const DUPLICATE_WINDOW_MS = 2 * 60_000;

type Input = {
  workspace: { id: string; timeZone: string };
  customer: { id: string; timeZone: string | null; phone: string; name: string };
  phone: string;
  purpose: string;
  now?: Date;
  confirmDuplicate?: boolean;
  /** A scheduled call re-checked when it is due must not count itself as a duplicate. */
  selfCallId?: string;
  /** Nor may a double click: the other submit of the same request is not a second call. */
  requestKey?: string;
};

const at = (instant: Date, zone: string): string => formatDateTime(instant, zone);

export async function checkCall(input: Input, tx: DbOrTx = db): Promise<ComplianceVerdict> {
  const now = input.now ?? new Date();
  const checks: ComplianceCheck[] = [];

  const dnc = await findDoNotCall({ workspaceId: input.workspace.id, phone: input.phone }, tx);
  checks.push(
    dnc
      ? {
          rule: "do_not_call",
          result: "fail",
          detail: `On the do-not-call list${dnc.reason ? `: ${dnc.reason.replace(/\.+$/, "")}` : ""}. Calls to this number are never allowed.`,
        }
      : { rule: "do_not_call", result: "pass", detail: "Not on the do-not-call list" },
  );

  const prior = (await listRecentCustomerCalls({ workspaceId: input.workspace.id, customerId: input.customer.id, now }, tx)).filter(
    (c) => c.id !== input.selfCallId && c.idempotencyKey !== input.requestKey,
  );
  if (input.purpose === "collections") {
    const verdict = checkCollections(now, prior);
    checks.push(
      verdict.ok
        ? { rule: "collections", result: "pass", detail: "Within 7 attempts in 7 days, no recent conversation" }
        : {
            rule: verdict.rule,
            result: "fail",
            detail: `${verdict.detail}. Allowed from ${at(verdict.allowedAt, input.workspace.timeZone)}.`,
            allowedAt: verdict.allowedAt.toISOString(),
          },
    );
  }

  const { zones, source } = await zonesForCustomer(
    // The number being dialled, not the one on file: a dispatcher may call another of the customer's numbers.
    { timeZone: input.customer.timeZone, phone: input.phone },
    input.workspace.timeZone,
  );
  const zoneText = `${zones.map((z) => zoneName(z, now)).join(" / ")} (from the ${source === "customer" ? "customer record" : source === "phone" ? "phone number" : "workspace, number gave no zone"})`;
  if (isWithinCallingHours(now, zones)) {
    checks.push({
      rule: "calling_hours",
      result: "pass",
      detail: `${at(now, zones[0])} for the customer, inside 8 AM–9 PM · ${zoneText}`,
      zone: zones[0],
    });
  } else {
    const next = nextAllowedInstant(now, zones);
    checks.push({
      rule: "calling_hours",
      result: "fail",
      detail: `It is ${at(now, zones[0])} for the customer; calls are allowed 8 AM–9 PM their time. Next allowed: ${at(next, zones[0])} · ${zoneText}`,
      allowedAt: next.toISOString(),
      zone: zones[0],
    });
  }

  const inFlight = prior.find((c) => (IN_FLIGHT_STATUSES as readonly string[]).includes(c.status));
  const recent = prior.find(
    (c) => now.getTime() - c.createdAt.getTime() < DUPLICATE_WINDOW_MS && !["blocked", "rejected"].includes(c.status),
  );
  const duplicate = inFlight
    ? {
        rule: "duplicate_in_flight",
        detail: `${input.customer.name} already has a call ${underWayPhrases[inFlight.status] ?? "under way"}`,
      }
    : recent
      ? {
          rule: "duplicate_recent",
          detail: `${input.customer.name} was called ${Math.max(1, Math.round((now.getTime() - recent.createdAt.getTime()) / 1000))} s ago`,
          allowedAt: new Date(recent.createdAt.getTime() + DUPLICATE_WINDOW_MS).toISOString(),
        }
      : null;
  if (duplicate) checks.push({ ...duplicate, result: input.confirmDuplicate ? "overridden" : "fail" });
  else checks.push({ rule: "duplicate", result: "pass", detail: "No call in flight or in the last 2 minutes" });

  const failed = (rule: (r: string) => boolean) => checks.find((c) => c.result === "fail" && rule(c.rule)) ?? null;
  const hard = failed((r) => r === "do_not_call" || r.startsWith("collections"));
  const hours = failed((r) => r === "calling_hours");
  const dup = failed((r) => r.startsWith("duplicate"));
  const blocking = hard ?? hours ?? dup;
  const kind = hard ? "refused" : hours ? "schedulable" : dup ? "confirmable" : "allowed";
  return { kind, checks, blocking, record: { checkedAt: now.toISOString(), checks } };
}

/** The customer's zone the calling-hours rule used, kept on the call for "goes out at … their time". */
export function customerZoneOf(record: ComplianceRecord): string | null {
  return record.checks.find((c) => c.rule === "calling_hours")?.zone ?? null;
}
