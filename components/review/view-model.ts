import "server-only";
import { zoneName } from "@/lib/format/time";
import { buildOutcome } from "@/components/call-detail/outcome-view";
import type { ReviewData } from "@/db/queries/reviews";
import { reclassificationOf } from "@/lib/review/reclassification";
import { auditTime, describeAudit, outcomeLabel } from "./audit-lines";
import type { ReviewPanelView } from "./types";

const noRelated = { appointment: null, callbackTask: null };

function blockedReason(data: ReviewData): string | null {
  if (data.status === "completed") return null;
  return "Only a completed call has an outcome to reclassify. This one has not completed.";
}

/** The panel's view of a call's review, with every time in the workspace's zone. */
export function buildReviewPanelView(data: ReviewData): ReviewPanelView {
  const tz = data.timeZone;
  const re = reclassificationOf(data.outcome);
  return {
    callId: data.callId,
    version: String(data.audit[0]?.id ?? 0),
    timeZone: tz,
    zoneName: zoneName(tz),
    outcome: buildOutcome(data.outcome, noRelated, tz),
    reclassified: re ? { fromLabel: outcomeLabel(re.from), byName: re.byName, at: auditTime(re.at, tz), reason: re.reason } : null,
    original: re ? (buildOutcome(data.originalOutcome, noRelated, tz) ?? "none") : null,
    reclassifyBlocked: blockedReason(data),
    review: {
      reviewed: data.reviewedAt !== null,
      byLine: data.reviewedAt ? `Reviewed by ${data.reviewedByName ?? "a former member"} · ${auditTime(data.reviewedAt, tz)}` : null,
      rating: data.rating,
      note: data.reviewNote ?? "",
    },
    audit: data.audit.map((entry) => {
      const { title, lines } = describeAudit(entry, tz);
      return { id: entry.id, title, actor: entry.actorName ?? "System", at: auditTime(entry.at, tz), atIso: entry.at, lines };
    }),
  };
}
