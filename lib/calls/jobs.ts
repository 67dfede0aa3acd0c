import { registerJobHandler } from "@/lib/jobs/worker";
import { FETCH_TRANSCRIPT_JOB } from "@/lib/webhooks/outcome-effects";
import { SEND_CALL_JOB, sendCallJob } from "./send-call";
import { fetchTranscriptJob } from "./transcript-job";

export function registerCallJobs() {
  registerJobHandler(SEND_CALL_JOB, sendCallJob);
  registerJobHandler(FETCH_TRANSCRIPT_JOB, fetchTranscriptJob);
}
