import Link from "next/link";
import { cx } from "@/components/ui/cx";

const TABS = [
  { href: "/missed", label: "Missed calls" },
  { href: "/leads", label: "Leads" },
] as const;

/** Missed calls and leads are one work list in two tabs: both are people waiting for a call back. */
export function WorkListTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Work lists" className="flex gap-1 border-b border-slate-200 dark:border-slate-800">
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={cx(
            "-mb-px border-b-2 px-3 py-1.5 text-sm font-medium",
            t.href === current
              ? "border-brand-600 text-slate-900 dark:border-brand-100 dark:text-slate-50"
              : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
