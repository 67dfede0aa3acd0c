import { liveRoute } from "@/lib/live/live-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The board's live stream: server-sent events of changed calls in the member's workspace. */
export const GET = liveRoute("calls");
