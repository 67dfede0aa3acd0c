import type { FigureDelta, FigureView } from "@/lib/outcomes/figure-views";
import { cx } from "@/components/ui/cx";

const toneClass: Record<FigureDelta["tone"], string> = {
  good: "text-emerald-700 dark:text-emerald-400",
  bad: "text-red-700 dark:text-red-400",
  neutral: "text-slate-600 dark:text-slate-400",
};

const arrow: Record<FigureDelta["direction"], string> = { up: "▲", down: "▼", flat: "" };

function Delta({ delta, previous }: { delta: FigureDelta | null; previous: string }) {
  if (!delta) return <p className="text-xs text-slate-500 dark:text-slate-400">No data for {previous}</p>;
  return (
    <p className="text-xs">
      <span className={cx("font-medium", toneClass[delta.tone])}>
        <span aria-hidden="true">
          {arrow[delta.direction]} {delta.text}
        </span>
        <span className="sr-only">{delta.spoken}</span>
      </span>
      <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
        {" "}
        vs {previous.replace(/^the /, "")}
      </span>
    </p>
  );
}

/** The headline figures; each compares with the period before (`previous` names it). */
export function FigureCards({ figures, previous, label = "Figures" }: { figures: FigureView[]; previous: string; label?: string }) {
  return (
    <section aria-label={label}>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {figures.map((f) => (
          <div
            key={f.key}
            className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
          >
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400" title={f.help}>
              {f.label}
            </dt>
            <dd className="flex flex-col gap-1">
              <span className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50" data-figure={f.key}>
                  {f.value}
                </span>
                {f.detail && <span className="text-xs text-slate-500 dark:text-slate-400">{f.detail}</span>}
              </span>
              <Delta delta={f.delta} previous={previous} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
