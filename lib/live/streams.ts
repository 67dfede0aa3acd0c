import type { MemberRole } from "@/db/schema/enums";
import { can } from "@/lib/auth/roles";
import type { MemberCheck } from "@/lib/auth/member-of-session";
import { withRole } from "@/lib/auth/member-of-session";
import { sessionStillAllowed } from "@/lib/auth/sessions";
import { campaignHub } from "@/lib/campaigns/live-hub";
import { leadHub } from "@/lib/leads/live-hub";
import { missedHub } from "@/lib/missed-calls/live-hub";
import type { StreamSource } from "./fanout-hub";
import { callHub } from "./hub";
import type { StreamAccess } from "./sse-response";

type LiveStreamSpec = {
  hub: () => StreamSource;
  roles: readonly MemberRole[];
  /** The 401's message. */
  signIn: string;
  /** When set, a signed-in person without the role gets a 403 with this (else a 401, as if signed out). */
  forbidden?: string;
};

/**
 * Every live stream, wherever it is served (a Next route handler under /api/live/, or the plain
 * live-stream server): which hub feeds it and who may follow it.
 */
export const LIVE_STREAMS = {
  calls: { hub: callHub, roles: can.viewCalls, signIn: "Sign in to follow calls" },
  missed: { hub: missedHub, roles: can.viewCalls, signIn: "Sign in to follow missed calls" },
  leads: { hub: leadHub, roles: can.viewCalls, signIn: "Sign in to follow leads" },
  campaigns: {
    hub: campaignHub,
    roles: can.runCampaigns,
    signIn: "Sign in to follow campaigns",
    forbidden: "Campaigns are for managers and admins",
  },
} satisfies Record<string, LiveStreamSpec>;

export type LiveStreamKind = keyof typeof LIVE_STREAMS;

export function isLiveStreamKind(value: string): value is LiveStreamKind {
  return Object.hasOwn(LIVE_STREAMS, value);
}

export type LiveDecision =
  { ok: false; status: 401 | 403; error: string } | { ok: true; hub: StreamSource; workspaceId: string; access: StreamAccess };

/** Whether this member may follow this stream, and if so the hub, workspace and the re-check. */
export function liveDecision(kind: LiveStreamKind, member: MemberCheck): LiveDecision {
  const spec: LiveStreamSpec = LIVE_STREAMS[kind];
  const check = withRole(member, spec.roles);
  if (!check.ok) {
    return spec.forbidden && check.reason !== "anonymous"
      ? { ok: false, status: 403, error: spec.forbidden }
      : { ok: false, status: 401, error: spec.signIn };
  }
  const { sessionId, user, workspace } = check.member;
  return {
    ok: true,
    hub: spec.hub(),
    workspaceId: workspace.id,
    access: { stillAllowed: () => sessionStillAllowed({ sessionId, userId: user.id, workspaceId: workspace.id }, spec.roles) },
  };
}
