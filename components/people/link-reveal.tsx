"use client";
import { CopyButton } from "@/components/settings/copy-button";
import { formatDateTime } from "@/lib/format/time";
import { Button } from "@/components/ui/button";

const day = (iso: string, timeZone: string) => formatDateTime(new Date(iso), timeZone);

/** The one time a link is shown: only its hash is stored. */
export function LinkReveal({
  title,
  url,
  expiresAt,
  timeZone,
  onDone,
}: {
  title: string;
  url: string;
  expiresAt: string;
  timeZone: string;
  onDone: () => void;
}) {
  return (
    <div
      role="region"
      aria-label={title}
      className="flex flex-col gap-2 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950/40"
    >
      <p className="font-medium text-emerald-950 dark:text-emerald-100">
        {title}: copy it now, it will not be shown again. It works once, until {day(expiresAt, timeZone)}.
      </p>
      <div className="flex min-w-0 items-center gap-2">
        <code
          aria-label="One-time link"
          className="min-w-0 flex-1 truncate rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs select-all dark:border-slate-600 dark:bg-slate-900"
        >
          {url}
        </code>
        <CopyButton text={url} label="Copy link" />
      </div>
      <div>
        <Button size="sm" onClick={onDone}>
          I’ve copied it
        </Button>
      </div>
    </div>
  );
}
