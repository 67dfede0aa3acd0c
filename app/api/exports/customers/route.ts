import { checkMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { route } from "@/lib/http/route";
import { log } from "@/lib/log/logger";
import { createCustomersCsvStream, customersExportFilename } from "@/lib/customers/export-csv";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Every customer as CSV (the import's columns); a bulk copy of personal data, so managers and admins only, audited. */
export const GET = route("exports/customers", async () => {
  const check = await checkMember(can.bulkCustomers);
  if (!check.ok) {
    return check.reason === "anonymous"
      ? Response.json({ error: "Sign in to export customers" }, { status: 401 })
      : Response.json({ error: "Exports are for managers and admins" }, { status: 403 });
  }
  const { workspace, user } = check.member;
  try {
    const stream = await createCustomersCsvStream({ workspace, actorId: user.id });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${customersExportFilename(workspace)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    log.error({ err: error, workspaceId: workspace.id }, "customer export could not start");
    return Response.json({ error: "The export could not start. Try again." }, { status: 500 });
  }
});
