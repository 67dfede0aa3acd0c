import { liveRoute } from "@/lib/live/live-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The campaigns pages' live stream (managers and admins): changed campaign progress in the member's workspace. */
export const GET = liveRoute("campaigns");
