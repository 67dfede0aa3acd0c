import { stopJobWorker } from "@/lib/jobs/worker";
import { shutdownHubs } from "@/lib/live/fanout-hub";

const globalForShutdown = globalThis as unknown as { callboardShutdown?: boolean };

/**
 * On SIGTERM/SIGINT: stop taking jobs, let running ones finish for a few seconds and hand back the
 * rest (another instance takes them at once), then end event streams with a retry hint. Only then
 * does Next's own handler run (it closes the HTTP server and exits): Next registers it before
 * instrumentation runs, so it is taken off and called after ours, else it could exit mid-job.
 */
export function installGracefulShutdown() {
  if (globalForShutdown.callboardShutdown) return;
  globalForShutdown.callboardShutdown = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const others = process.listeners(signal);
    process.removeAllListeners(signal);
    process.once(signal, () => {
      void (async () => {
        console.log(`[callboard] ${signal}: stopping`);
        try {
          const { released } = await stopJobWorker();
          if (released > 0) console.log(`[jobs] handed back ${released} unfinished job(s)`);
        } catch (error) {
          console.error("[callboard] could not stop the job worker cleanly", error);
        }
        shutdownHubs();
        if (others.length === 0) process.exit(0);
        for (const listener of others) (listener as (s: NodeJS.Signals) => void)(signal);
      })();
    });
  }
}
