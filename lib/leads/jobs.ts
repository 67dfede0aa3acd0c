import { registerJobHandler, runJobNow } from "@/lib/jobs/worker";
import { CALL_LEAD_JOB } from "@/lib/jobs/kinds";
import { log } from "@/lib/log/logger";
import { callLeadJob } from "./call-lead";

export function registerLeadJobs() {
  registerJobHandler(CALL_LEAD_JOB, callLeadJob);
}

/** Runs a new lead's call job at once (the worker would take it at its next poll otherwise). */
export async function callLeadNow(jobId: number): Promise<void> {
  try {
    await runJobNow(jobId, callLeadJob);
  } catch (error) {
    log.error({ err: error, jobId }, "lead: immediate call failed; the worker takes the job");
  }
}
