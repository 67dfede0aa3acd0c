import { can } from "@/lib/auth/roles";
import { checkMember } from "@/lib/auth/session";
import { providerStatus } from "@/lib/provider/provider-status";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Whether the provider is answering, for the outage notice on the board and the place-call form. */
export async function GET() {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to see the provider's status" }, { status: 401 });
  return Response.json(await providerStatus(check.member.workspace.timeZone), { headers: { "Cache-Control": "no-store" } });
}
