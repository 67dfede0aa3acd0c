import { liveRoute } from "@/lib/live/live-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The missed-calls list's live stream: server-sent events of changed missed calls in the member's workspace. */
export const GET = liveRoute("missed");
