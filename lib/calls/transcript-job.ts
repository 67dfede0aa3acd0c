import { z } from "zod";
import { findCall } from "@/db/queries/calls";
import { completeJob, failJob, retryJobLater } from "@/db/queries/jobs";
import { saveTranscript } from "@/db/queries/outcomes";
import { findWorkspace } from "@/db/queries/workspaces";
import { db } from "@/db";
import type { TypedJob } from "@/lib/jobs/worker";
import { fetchProviderUrl, isProviderUrl, MediaRefused } from "@/lib/provider/fetch-provider-url";
import { notifyCallChanged } from "@/lib/live/notify";

const transcriptSchema = z.object({
  call_id: z.string(),
  utterances: z.array(
    z.object({
      speaker: z.enum(["assistant", "customer"]),
      text: z.string(),
      start: z.number().nonnegative(),
      end: z.number().nonnegative(),
    }),
  ),
});

/** The provider's URL lives 7 days; retries back off to an hour and stop after that. */
const GIVE_UP_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

function retryDelayMs(attempt: number): number {
  return Math.min(60 * 60_000, 10_000 * 2 ** Math.max(0, attempt - 1));
}

export async function fetchTranscriptJob(job: TypedJob<"fetch_transcript">): Promise<void> {
  const { callId, workspaceId } = job.payload;
  const call = await findCall({ workspaceId, id: callId });
  if (!call?.transcriptUrl) return completeJob({ id: job.id });
  if (!isProviderUrl(call.transcriptUrl))
    return failJob({ id: job.id, error: "transcript_url is not on an allowed provider media host (PROVIDER_MEDIA_HOSTS)" });

  let problem: string;
  try {
    const workspace = await findWorkspace({ id: workspaceId });
    const response = await fetchProviderUrl(call.transcriptUrl, {
      headers: workspace ? { "X-Workspace-ID": workspace.providerWorkspaceId } : {},
    });
    if (response.ok) {
      const parsed = transcriptSchema.safeParse(await response.json());
      if (parsed.success) {
        await db.transaction(async (tx) => {
          await saveTranscript({ workspaceId, callId, utterances: parsed.data.utterances }, tx);
          await completeJob({ id: job.id }, tx);
          await notifyCallChanged({ workspaceId, callId }, tx);
        });
        return;
      }
      problem = `transcript JSON did not match the contract: ${parsed.error.issues[0]?.message}`;
    } else {
      problem = `provider answered ${response.status}`;
    }
  } catch (error) {
    // A refused host or address stays refused: no point asking again for a week.
    if (error instanceof MediaRefused) return failJob({ id: job.id, error: error.message });
    problem = error instanceof Error ? error.message : String(error);
  }
  if (Date.now() - job.createdAt.getTime() > GIVE_UP_AFTER_MS) return failJob({ id: job.id, error: problem });
  await retryJobLater({ id: job.id, runAt: new Date(Date.now() + retryDelayMs(job.attempts)), error: problem });
}
