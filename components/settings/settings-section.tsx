import { useId, type ReactNode } from "react";

/** One settings card: a heading that names it for assistive tech, a line on what it does, the form. */
export function SettingsSection({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:p-5 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id={id} className="text-base font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h2>
      <p className="mt-0.5 mb-4 text-sm text-slate-600 dark:text-slate-400">{description}</p>
      {children}
    </section>
  );
}
