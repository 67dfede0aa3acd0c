import { recordAudit } from "@/db/queries/audit";
import { listCustomersPage } from "@/db/queries/customer-list";
import type { Workspace } from "@/db/schema";
import { csvRow } from "@/lib/outcomes/csv";
import { formatPhone } from "@/lib/phone";

const PAGE = 1000;

/**
 * The same column names the import reads, so an export can be edited and imported back. Numbers
 * as people write them: "+1…" would look like a formula to a spreadsheet and get a guard quote.
 */
export const CUSTOMER_CSV_HEADER = csvRow(["name", "preferred name", "phone", "email", "address", "do not call", "verified", "id"]);

/**
 * Every live customer of the workspace by name, streamed a keyset page at a time so a large
 * workspace never sits in memory; the export is audited before the first byte leaves.
 */
export async function createCustomersCsvStream({ workspace, actorId }: { workspace: Workspace; actorId: string }) {
  await recordAudit({ workspaceId: workspace.id, actorId, action: "customers.export", entityType: "customer", entityId: null });
  const encoder = new TextEncoder();
  let cursor: { name: string; id: string; direction: "next" } | null = null;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CUSTOMER_CSV_HEADER));
    },
    async pull(controller) {
      if (done) return controller.close();
      const page = await listCustomersPage({ workspaceId: workspace.id, cursor, limit: PAGE });
      const text = page.rows
        .map((c) =>
          csvRow([
            c.name,
            c.preferredName,
            formatPhone(c.phone),
            c.email,
            c.address,
            c.doNotCall ? "yes" : "no",
            c.verified ? "yes" : "no",
            c.id,
          ]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      const last = page.rows.at(-1);
      if (!page.hasNext || !last) done = true;
      else cursor = { name: last.name, id: last.id, direction: "next" };
    },
  });
}

export const customersExportFilename = (workspace: Workspace) => `customers-${workspace.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
