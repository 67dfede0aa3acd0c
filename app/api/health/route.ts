import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process is up and serving. Start-up (migrations, seed) finishes before Next takes
 * requests, and an instance that cannot start exits, so a 200 here also means it started.
 * Dependencies are /api/ready's business: a database outage must not get every instance restarted.
 */
export const GET = route("health", async () => Response.json({ ok: true }));
