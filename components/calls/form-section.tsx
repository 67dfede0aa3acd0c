import type { ReactNode } from "react";

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 dark:border-slate-700">
      <h2 className="text-sm font-semibold tracking-wide text-slate-900 uppercase dark:text-slate-100">{title}</h2>
      {children}
    </section>
  );
}
