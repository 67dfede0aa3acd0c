import { findCall } from "@/db/queries/calls";
import { findCustomer } from "@/db/queries/customers";
import { findCallsByKeys, listPromisedPayments, type PromisedPaymentRow } from "@/db/queries/promised-payments";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { Member } from "@/lib/auth/session";
import { derivedRequestKey, placeOnBehalf } from "@/lib/calls/place-on-behalf";
import { summarizePlaced, type PlacedSummary } from "@/lib/calls/placed-summary";
import { todayIn } from "@/lib/appointments/period";

export type DueState = "overdue" | "due_today" | "upcoming" | "no_date";

const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** The promised date as a calendar day ("2026-12-05", or the date part of a full time). */
const dueDay = (promisedDate: string | null) =>
  promisedDate && /^\d{4}-\d{2}-\d{2}/.test(promisedDate) ? promisedDate.slice(0, 10) : null;

export function dueState(promisedDate: string | null, today: string): DueState {
  const day = dueDay(promisedDate);
  if (!day) return "no_date";
  return day < today ? "overdue" : day === today ? "due_today" : "upcoming";
}

export function formatAmount(amount: string | null): string {
  const n = amount === null ? NaN : Number(amount);
  return Number.isFinite(n) ? money.format(n) : "Amount not given";
}

const followUpKey = (callId: string) => `payment-follow-up:${callId}`;

const ORDER: Record<DueState, number> = { overdue: 0, due_today: 1, upcoming: 2, no_date: 3 };

export type PromisedPaymentView = PromisedPaymentRow & {
  due: DueState;
  dueDay: string | null;
  followUp: { id: string; status: string } | null;
};

/** The page's list: overdue first (oldest due first), then today, then upcoming; each with its follow-up call if one was placed. */
export async function loadPromisedPayments(member: Member, now = new Date()): Promise<PromisedPaymentView[]> {
  const { workspace } = member;
  const today = todayIn(workspace.timeZone, now);
  const rows = await listPromisedPayments({ workspaceId: workspace.id });
  const keys = new Map(rows.map((r) => [derivedRequestKey(followUpKey(r.callId)), r.callId]));
  const placed = await findCallsByKeys({ workspaceId: workspace.id, keys: [...keys.keys()] });
  const byCall = new Map(placed.map((p) => [keys.get(p.key)!, { id: p.id, status: p.status }]));
  return rows
    .map((r) => ({ ...r, due: dueState(r.promisedDate, today), dueDay: dueDay(r.promisedDate), followUp: byCall.get(r.callId) ?? null }))
    .sort((a, b) => ORDER[a.due] - ORDER[b.due] || (a.dueDay ?? "").localeCompare(b.dueDay ?? ""));
}

/**
 * A follow-up call about an overdue promise, as a collections call through the placing path, so
 * the collections rules (attempts per week, no call soon after a conversation, calling hours) and
 * do-not-call apply as for any call. One per promise: a second press finds it.
 */
export async function followUpPayment({ callId }: { callId: string }, member: Member): Promise<ActionResult<PlacedSummary>> {
  const { workspace } = member;
  const source = await findCall({ workspaceId: workspace.id, id: callId });
  if (!source || source.outcomeType !== "payment_promised") return fail("That promise is not in this workspace.");
  const promisedDate = typeof source.outcome?.promised_date === "string" ? source.outcome.promised_date : null;
  if (dueState(promisedDate, todayIn(workspace.timeZone)) !== "overdue") return fail("Not placed: the payment is not overdue yet.");
  const customer = await findCustomer({ workspaceId: workspace.id, id: source.customerId });
  if (!customer) return fail("That customer is not in this workspace.");
  const amount = formatAmount(typeof source.outcome?.amount === "number" ? String(source.outcome.amount) : null);
  const on = new Intl.DateTimeFormat("en-US", { timeZone: workspace.timeZone, dateStyle: "medium" }).format(
    source.endedAt ?? source.createdAt,
  );
  const placed = await placeOnBehalf(
    {
      customer,
      purpose: "collections",
      context: {
        customMessage: `Follow up on the payment of ${amount} the customer promised to make by ${dueDay(promisedDate)}.`,
        previousInteraction: `On ${on} the customer promised to pay ${amount}.`,
      },
      key: followUpKey(source.id),
    },
    member,
  );
  return placed.ok ? ok(summarizePlaced(placed.data, workspace.timeZone)) : placed;
}
