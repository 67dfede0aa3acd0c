import { liveRoute } from "@/lib/live/live-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The leads list's live stream: server-sent events of changed leads in the member's workspace. */
export const GET = liveRoute("leads");
