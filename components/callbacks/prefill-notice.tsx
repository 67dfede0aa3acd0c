import Link from "next/link";
import type { PrefillNotice } from "@/app/(dashboard)/calls/new/prefill";
import { cx } from "@/components/ui/cx";

/** Above a form pre-filled from a missed call or a callback request: where it came from, or who has it. */
export function PrefillNoticeBanner({ notice }: { notice: PrefillNotice }) {
  return (
    <p
      role={notice.tone === "warning" ? "alert" : undefined}
      className={cx(
        "mt-2 rounded-md border px-3 py-1.5 text-sm",
        notice.tone === "warning"
          ? "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
          : "border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950/40 dark:text-sky-100",
      )}
    >
      {notice.text}
      {notice.link && (
        <>
          {" "}
          <Link href={notice.link.href} className="font-medium underline underline-offset-2">
            {notice.link.label}
          </Link>
        </>
      )}
    </p>
  );
}
