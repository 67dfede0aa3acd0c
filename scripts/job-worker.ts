// A job worker without the web server: the loop every app instance runs in-process, for running
// workers apart from the dashboard, and for the crash-recovery test and the jobs benchmark.
// Run: node --import tsx --conditions=react-server scripts/job-worker.ts (DATABASE_URL, INSTANCE_ID, JOB_POLL_MS).
import { migrate } from "@/db/migrate";
import { registerCallJobs } from "@/lib/calls/jobs";
import { registerLeadJobs } from "@/lib/leads/jobs";
import { registerCampaignJobs } from "@/lib/campaigns/jobs";
import { startJobWorker } from "@/lib/jobs/worker";
import { instanceId } from "@/lib/jobs/instance";
import { installGracefulShutdown } from "@/lib/shutdown";

await migrate();
registerCallJobs();
registerLeadJobs();
registerCampaignJobs();
await startJobWorker();
installGracefulShutdown();
// The worker's timers are unref'd (they must not hold a web server open); this one keeps us alive.
setInterval(() => {}, 1 << 30);
console.log(`[job-worker] ready (instance ${instanceId()})`);
