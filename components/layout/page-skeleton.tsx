import { cx } from "@/components/ui/cx";

/** The shapes a page is made of, as grey blocks: a table, lanes, a form, a detail page. */
export type SkeletonShape = "table" | "lanes" | "form" | "detail" | "figures";

const bar = "rounded bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800";

function Block({ className }: { className: string }) {
  return <div className={cx(bar, className)} />;
}

function Body({ shape }: { shape: SkeletonShape }) {
  switch (shape) {
    case "lanes":
      return (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <Block key={i} className="h-64 rounded-xl" />
          ))}
        </div>
      );
    case "form":
      return (
        <div className="max-w-2xl space-y-4">
          {[0, 1, 2, 3, 4].map((i) => (
            <div key={i} className="space-y-2">
              <Block className="h-3 w-32" />
              <Block className="h-9 w-full" />
            </div>
          ))}
        </div>
      );
    case "detail":
      return (
        <div className="grid gap-4 lg:grid-cols-2">
          <Block className="h-72 rounded-xl" />
          <Block className="h-72 rounded-xl" />
        </div>
      );
    case "figures":
      return (
        <div className="space-y-4">
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {[0, 1, 2, 3].map((i) => (
              <Block key={i} className="h-20 rounded-xl" />
            ))}
          </div>
          <Block className="h-56 rounded-xl" />
        </div>
      );
    default:
      return (
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
          {[0, 1, 2, 3, 4, 5, 6].map((i) => (
            <Block key={i} className="h-8 w-full" />
          ))}
        </div>
      );
  }
}

/**
 * What a page shows the instant it is opened, before its data arrives (each route's loading.tsx).
 * Next prefetches it with the link, so a click answers at once even when the server is slow.
 */
export function PageSkeleton({ title, shape = "table" }: { title: string; shape?: SkeletonShape }) {
  return (
    <div role="status" aria-live="polite" aria-label={`Loading ${title}`} className="space-y-4">
      <p className="text-lg font-semibold text-slate-600 dark:text-slate-300">{title}</p>
      <Body shape={shape} />
    </div>
  );
}
