import { useId } from "react";
import type { AuditItem } from "./types";

/** Who changed what and when, newest first, with each field's value before and after. */
export function AuditTrail({ items }: { items: AuditItem[] }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h3 id={id} className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Audit trail
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          No changes yet. Reviews, reclassifications and resolutions are listed here.
        </p>
      ) : (
        <ol aria-labelledby={id} className="flex flex-col divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((item) => (
            <li key={item.id} className="py-2 first:pt-0">
              <p className="text-sm font-medium text-slate-900 dark:text-slate-100">{item.title}</p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {item.actor} · <time dateTime={item.atIso}>{item.at}</time>
              </p>
              {item.lines.length > 0 && (
                <ul className="mt-1 space-y-0.5 text-sm">
                  {item.lines.map((line, i) => (
                    <li key={`${line.label}-${i}`} className="break-words text-slate-700 dark:text-slate-300">
                      <span className="text-slate-500 dark:text-slate-400">{line.label}: </span>
                      {line.before !== null && (
                        <>
                          <span className="text-slate-500 line-through decoration-slate-400/70 dark:text-slate-400">{line.before}</span>{" "}
                          →{" "}
                        </>
                      )}
                      <span className="text-slate-900 dark:text-slate-100">{line.after}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
