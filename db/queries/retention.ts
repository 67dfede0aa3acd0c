import { lt } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { ingestRejections, webhookDeadLetters } from "@/db/schema";
import { pruneDoneJobs } from "./jobs";

export type PruneCounts = { deadLetters: number; ingestRejections: number; doneJobs: number };

/**
 * Deletes append-only diagnostics older than `before`: webhook dead letters, refused feed
 * requests and finished jobs. None is tenant data a workspace reads (the audit log and the
 * do-not-call register are kept), so no workspace filter applies.
 */
export async function pruneDiagnostics({ before }: { before: Date }, tx: DbOrTx = db): Promise<PruneCounts> {
  const deadLetters = await tx
    .delete(webhookDeadLetters)
    .where(lt(webhookDeadLetters.receivedAt, before))
    .returning({ id: webhookDeadLetters.id });
  const rejections = await tx
    .delete(ingestRejections)
    .where(lt(ingestRejections.receivedAt, before))
    .returning({ id: ingestRejections.id });
  let doneJobs = 0;
  for (let batch = -1; batch !== 0; doneJobs += batch) batch = await pruneDoneJobs({ before }, tx);
  return { deadLetters: deadLetters.length, ingestRejections: rejections.length, doneJobs };
}
