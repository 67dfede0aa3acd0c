import { registerJobHandler } from "@/lib/jobs/worker";
import { AUTO_RETRY_JOB, FETCH_TRANSCRIPT_JOB, SEND_CALL_JOB } from "@/lib/jobs/kinds";
import { autoRetryJob } from "./retry-call";
import { sendCallJob } from "./send-call";
import { fetchTranscriptJob } from "./transcript-job";

export function registerCallJobs() {
  registerJobHandler(SEND_CALL_JOB, sendCallJob);
  registerJobHandler(FETCH_TRANSCRIPT_JOB, fetchTranscriptJob);
  registerJobHandler(AUTO_RETRY_JOB, autoRetryJob);
}
