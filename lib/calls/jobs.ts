import { registerJobHandler } from "@/lib/jobs/worker";
import { AUTO_RETRY_JOB, FETCH_TRANSCRIPT_JOB } from "@/lib/webhooks/outcome-effects";
import { autoRetryJob } from "./retry-call";
import { SEND_CALL_JOB, sendCallJob } from "./send-call";
import { fetchTranscriptJob } from "./transcript-job";

export function registerCallJobs() {
  registerJobHandler(SEND_CALL_JOB, sendCallJob);
  registerJobHandler(FETCH_TRANSCRIPT_JOB, fetchTranscriptJob);
  registerJobHandler(AUTO_RETRY_JOB, autoRetryJob);
}
