import { route } from "@/lib/http/route";
import { receiveMissedCall } from "@/lib/missed-calls/feed";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The business's phone system reports calls we missed; authenticated by a workspace ingest token. */
export const POST = route("v1/missed-calls", receiveMissedCall);
