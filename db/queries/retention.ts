import { and, isNotNull, lt } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { ingestRejections, jobs, webhookDeadLetters } from "@/db/schema";

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
  const doneJobs = await tx
    .delete(jobs)
    .where(and(isNotNull(jobs.doneAt), lt(jobs.doneAt, before)))
    .returning({ id: jobs.id });
  return { deadLetters: deadLetters.length, ingestRejections: rejections.length, doneJobs: doneJobs.length };
}
