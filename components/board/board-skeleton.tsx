import { laneOrder, laneTitles } from "./labels";

/** Shown only until the filters in the URL are read; the lanes keep their place. */
export function BoardSkeleton() {
  return (
    <div aria-busy="true" className="grid grid-cols-1 gap-3 md:grid-cols-2 lg:grid-cols-4">
      {laneOrder.map((lane) => (
        <div
          key={lane}
          className="h-40 rounded-xl border border-slate-200 bg-slate-100/70 px-3 py-2.5 text-sm font-semibold text-slate-500 dark:text-slate-400 dark:border-slate-800 dark:bg-slate-900/50"
        >
          {laneTitles[lane]}
        </div>
      ))}
    </div>
  );
}
