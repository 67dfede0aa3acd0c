import Link from "next/link";
import { InstantFormatter, clockAndDay, formatDateTime } from "@/lib/format/time";
import type { CallbackTaskRow } from "@/db/queries/callback-tasks";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { formatPhone } from "@/lib/phone";

const cell = "px-3 py-2 align-top";
const muted = "text-xs text-slate-500 dark:text-slate-400";
const th = "px-3 py-2 font-medium";

function Due({ task, now, when }: { task: CallbackTaskRow; now: number; when: { format: (d: Date) => string } }) {
  if (task.completedAt) return <div className="whitespace-nowrap">{when.format(task.completedAt)}</div>;
  if (!task.callbackAt) {
    return (
      <>
        <div className="text-slate-700 dark:text-slate-300">No time given</div>
        <div className={muted}>Asked {when.format(task.createdAt)}</div>
      </>
    );
  }
  const overdue = task.callbackAt.getTime() < now;
  return (
    <>
      <div className={cx("whitespace-nowrap", overdue && "font-medium text-red-700 dark:text-red-400")}>{when.format(task.callbackAt)}</div>
      {overdue && <div className="text-xs font-medium text-red-700 dark:text-red-400">Overdue</div>}
    </>
  );
}

function Status({ task, clock }: { task: CallbackTaskRow; clock: InstantFormatter }) {
  const at = (d: Date | null) => (d ? ` at ${clock.format(d)}` : "");
  if (task.completedAt) return <span className="text-sm">Done{task.completedByName ? ` — by ${task.completedByName}` : ""}</span>;
  if (task.callId) {
    return (
      <div className="flex flex-col gap-0.5 text-sm">
        <span className="font-medium text-sky-800 dark:text-sky-200">
          Calling{task.claimedByName ? ` — by ${task.claimedByName}` : ""}
          {at(task.claimedAt)}
        </span>
        <Link href={`/calls/${task.callId}`} className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100">
          View call
        </Link>
      </div>
    );
  }
  return <Badge tone="warning">Open</Badge>;
}

export function CallbacksTable({
  tasks,
  timeZone,
  caption,
  completed = false,
}: {
  tasks: CallbackTaskRow[];
  timeZone: string;
  caption: string;
  completed?: boolean;
}) {
  // A callback due next year (or asked for last year) says so.
  const when = { format: (d: Date) => formatDateTime(d, timeZone) };
  const { clock, day } = clockAndDay(timeZone);
  // Rendered on the server per request: "overdue" is as of this page load.
  const now = Date.now();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-800/60 dark:text-slate-400">
          <tr>
            <th scope="col" className={th}>
              {completed ? "Completed" : "Due"}
            </th>
            <th scope="col" className={th}>
              Customer
            </th>
            <th scope="col" className={th}>
              What they asked
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            {!completed && (
              <th scope="col" className={`${th} text-right`}>
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {tasks.map((t) => (
            <tr key={t.id}>
              <td className={cell}>
                <Due task={t} now={now} when={when} />
              </td>
              <td className={cell}>
                <div id={`task-${t.id}`} className="flex flex-wrap items-center gap-1 font-medium">
                  {t.customerName} {!t.customerVerified && <Badge tone="warning">Unverified</Badge>}
                </div>
                <div className="whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400">{formatPhone(t.customerPhone)}</div>
              </td>
              <td className={cx(cell, "max-w-md")}>
                <p className="text-slate-800 dark:text-slate-200">
                  {t.notes ?? <span className="text-slate-500 dark:text-slate-400">No notes</span>}
                </p>
                <Link
                  href={`/calls/${t.sourceCallId}`}
                  className="text-xs font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100"
                >
                  From the call of {day.format(t.sourceCallAt)}, {clock.format(t.sourceCallAt)}
                </Link>
              </td>
              <td className={cell}>
                <Status task={t} clock={clock} />
              </td>
              {!completed && (
                <td className={`${cell} text-right`}>
                  {t.callId ? (
                    <Button size="sm" disabled aria-describedby={`task-${t.id}`}>
                      Call back
                    </Button>
                  ) : (
                    <Link href={`/calls/new?task=${t.id}`} aria-describedby={`task-${t.id}`} className={buttonClasses({ size: "sm" })}>
                      Call back
                    </Link>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
