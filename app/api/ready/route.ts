import { readiness } from "@/lib/readiness";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Readiness for a load balancer or orchestrator: 200 when this instance can serve, else 503 with why. */
export async function GET() {
  const result = await readiness();
  return Response.json(result, { status: result.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
