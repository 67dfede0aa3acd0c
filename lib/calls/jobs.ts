import { registerJobHandler } from "@/lib/jobs/worker";
import { SEND_CALL_JOB, sendCallJob } from "./send-call";

export function registerCallJobs() {
  registerJobHandler(SEND_CALL_JOB, sendCallJob);
}
