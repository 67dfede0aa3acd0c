import type { PlacedCall } from "./types";

export type PlacedSummary = { tone: "success" | "warning" | "danger"; text: string; callId: string };

/** One line a person reads after the dashboard placed a call for them (reminders, follow-ups). */
export function summarizePlaced(p: PlacedCall, timeZone: string): PlacedSummary {
  const at = (iso: string) =>
    new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", minute: "2-digit" }).format(new Date(iso));
  if (p.status === "blocked" || p.status === "rejected") return { tone: "danger", text: p.message ?? "Not placed", callId: p.id };
  if (p.status === "scheduled")
    return {
      tone: "warning",
      text: p.scheduledFor ? `Held until ${at(p.scheduledFor)} (calling hours)` : "Held until calling hours",
      callId: p.id,
    };
  if (p.status === "pending") return { tone: "warning", text: p.message ?? "Sending; the provider has not answered yet", callId: p.id };
  if (p.status === "failed") return { tone: "danger", text: p.message ?? "The call failed", callId: p.id };
  return { tone: "success", text: "Call placed", callId: p.id };
}
