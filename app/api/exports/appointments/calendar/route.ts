import { checkMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { appointmentsCalendar, exportName, periodFromParams } from "@/lib/appointments/exports";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The appointments page's day or week as an iCalendar file (RFC 5545) for any calendar app. */
export const GET = route("exports/appointments/calendar", async (request) => {
  const check = await checkMember(can.viewCalls);
  if (!check.ok) return Response.json({ error: "Sign in to export appointments" }, { status: check.reason === "anonymous" ? 401 : 403 });
  const { workspace } = check.member;
  const period = periodFromParams(new URL(request.url).searchParams, workspace.timeZone);
  return new Response(await appointmentsCalendar(workspace, period), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportName(workspace, period, "ics")}"`,
      "Cache-Control": "no-store",
    },
  });
});
