"use client";
import { useState, useTransition } from "react";
import { formatShortDateTime } from "@/lib/format/time";
import { rerunJobAction } from "@/app/(dashboard)/settings/job-actions";
import { Button } from "@/components/ui/button";

export type DeadJobView = { id: number; label: string; error: string | null; failedAt: string; attempts: number; callId: string | null };

function RunAgain({ job }: { job: DeadJobView }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const rerun = () =>
    start(async () => {
      setError(null);
      try {
        const res = await rerunJobAction({ id: job.id });
        if (!res.ok) setError(res.error);
      } catch {
        setError("Could not reach the server. Try again.");
      }
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button size="sm" variant="secondary" pending={pending} onClick={rerun} aria-label={`Run job ${job.id} again`}>
        Run again
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

/** Background jobs that gave up, newest first, with their last error and a way to retry them. */
export function DeadJobs({ jobs, timeZone }: { jobs: DeadJobView[]; timeZone: string }) {
  if (jobs.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
        No failed jobs. Background work is going through.
      </p>
    );
  }
  const date = { format: (d: Date) => formatShortDateTime(d, timeZone) };
  return (
    <ul aria-label="Failed background jobs" className="divide-y divide-slate-200 dark:divide-slate-800">
      {jobs.map((job) => (
        <li key={job.id} className="flex items-start justify-between gap-4 py-3">
          <div className="min-w-0 space-y-1">
            <p className="text-sm font-medium">
              {job.label}{" "}
              {job.callId && (
                <a className="text-xs font-normal text-blue-700 underline dark:text-blue-400" href={`/calls/${job.callId}`}>
                  the call
                </a>
              )}
            </p>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Gave up {date.format(new Date(job.failedAt))} after {job.attempts} {job.attempts === 1 ? "attempt" : "attempts"}
            </p>
            {job.error && <p className="break-words font-mono text-xs text-red-700 dark:text-red-400">{job.error}</p>}
          </div>
          <RunAgain job={job} />
        </li>
      ))}
    </ul>
  );
}
