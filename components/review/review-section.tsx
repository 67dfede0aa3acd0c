import { getReviewView } from "@/db/queries/reviews";
import { can, hasRole } from "@/lib/auth/roles";
import type { Member } from "@/lib/auth/session";
import { ReviewPanel } from "./review-panel";
import { buildReviewPanelView } from "./view-model";

/**
 * The review card for a call's detail page; renders nothing for a dispatcher. The actions check the
 * role again on the server, so hiding the card is a courtesy, not the protection.
 */
export async function ReviewSection({ member, callId }: { member: Pick<Member, "role" | "workspace">; callId: string }) {
  if (!hasRole(member.role, can.reviewOutcomes)) return null;
  const data = await getReviewView({ workspaceId: member.workspace.id, callId });
  return data ? <ReviewPanel view={buildReviewPanelView(data)} /> : null;
}
