import { checkMember } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { log } from "@/lib/log/logger";
import { can } from "@/lib/auth/roles";
import { createCallsCsvStream, exportFilename } from "@/lib/outcomes/export-csv";
import { periodFor } from "@/lib/outcomes/period";
import { parseOutcomeFilters } from "@/lib/validation/outcomes";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The outcomes page's calls as CSV, same search params as the page. Streamed page by page, so
 * 100,000 rows never sit in memory; managers and admins only, and every export is audited.
 */
export const GET = route("exports/calls", async (request) => {
  const check = await checkMember(can.reviewOutcomes);
  if (!check.ok) {
    return check.reason === "anonymous"
      ? Response.json({ error: "Sign in to export calls" }, { status: 401 })
      : Response.json({ error: "Exports are for managers and admins" }, { status: 403 });
  }
  const { workspace, user } = check.member;
  const filters = parseOutcomeFilters(new URL(request.url).searchParams);
  try {
    const stream = await createCallsCsvStream({ workspace, actorId: user.id, filters, period: periodFor(filters, workspace.timeZone) });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFilename(workspace)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    log.error({ err: error, workspaceId: workspace.id }, "export could not start");
    return Response.json({ error: "The export could not start. Try again." }, { status: 500 });
  }
});
