import type { Alert } from "@/db/schema";
import { ResolveAlertButton } from "./resolve-alert-button";
import { formatTimeOfDay } from "@/lib/format/time";

const TITLE: Record<Alert["kind"], string> = {
  provider_credentials: "The provider refused our credentials",
  provider_outage: "The provider is not answering",
  jobs_failing: "Background jobs are failing",
};

const timeIn = (zone: string, at: Date) => formatTimeOfDay(at, zone);

/** Workspace alerts for admins, above every page until handled or cleared by themselves. */
export function AlertBanner({ alerts, timeZone, canResolve }: { alerts: Alert[]; timeZone: string; canResolve: boolean }) {
  if (alerts.length === 0) return null;
  return (
    <section aria-label="Workspace alerts" className="border-b border-red-200 bg-red-50 dark:border-red-900 dark:bg-red-950/60">
      <ul className="mx-auto max-w-7xl divide-y divide-red-100 px-4 dark:divide-red-900">
        {alerts.map((a) => (
          <li key={a.id} role="alert" className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm text-red-900 dark:text-red-100">
            <span className="font-semibold">
              {TITLE[a.kind]} at {timeIn(timeZone, a.firstAt)}
            </span>
            <span className="min-w-0 flex-1">
              {a.message}
              {a.occurrences > 1 && (
                <span className="text-red-700 dark:text-red-300">
                  {" "}
                  · seen {a.occurrences} times, last at {timeIn(timeZone, a.lastAt)}
                </span>
              )}
            </span>
            {canResolve && <ResolveAlertButton kind={a.kind} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
