"use client";

import Link from "next/link";
import { useState } from "react";
import { Panel } from "@/components/call-detail/panel";
import { Badge } from "@/components/ui/badge";
import type { OutcomeType } from "@/lib/validation/review";
import { AuditTrail } from "./audit-trail";
import { OutcomeSummary } from "./outcome-summary";
import { doneMessage, ReclassifyForm } from "./reclassify-form";
import { ReviewForm } from "./review-form";
import type { ReviewPanelView } from "./types";

type Status = { text: string; link?: { href: string; label: string } };

/**
 * The manager's review card on a call's detail page. The forms are keyed by the audit version, so
 * after a save they start again from what the server now holds; the status line outlives them.
 */
export function ReviewPanel({ view }: { view: ReviewPanelView }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [open, setOpen] = useState(false);

  const reclassified = (type: OutcomeType) => {
    setOpen(false);
    setStatus({
      text: doneMessage(type),
      link: type === "callback_requested" ? { href: "/callbacks", label: "Open Callbacks" } : undefined,
    });
  };

  return (
    <Panel title="Review" aside={view.review.reviewed ? <Badge tone="success">Reviewed</Badge> : <Badge>Not reviewed</Badge>}>
      <div className="@container">
        <div className="grid gap-5 @3xl:grid-cols-2">
          <div className="flex min-w-0 flex-col gap-4">
            <OutcomeSummary view={view} />
            <div>
              <ReviewForm key={`review-${view.version}`} view={view} onSaved={(text) => setStatus({ text })} />
              {/* Always in the page, so screen readers announce what is put in it. */}
              <div role="status">
                {status && (
                  <p className="mt-2 text-sm text-emerald-800 dark:text-emerald-300">
                    {status.text}
                    {status.link && (
                      <>
                        {" "}
                        <Link href={status.link.href} className="font-medium underline underline-offset-2">
                          {status.link.label}
                        </Link>
                      </>
                    )}
                  </p>
                )}
              </div>
            </div>
            {view.reclassifyBlocked ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">{view.reclassifyBlocked}</p>
            ) : (
              <details
                open={open}
                onToggle={(e) => setOpen(e.currentTarget.open)}
                className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700"
              >
                <summary className="cursor-pointer text-sm font-medium text-slate-800 select-none dark:text-slate-200">
                  Reclassify outcome
                </summary>
                <ReclassifyForm key={`reclassify-${view.version}`} view={view} onDone={reclassified} />
              </details>
            )}
          </div>
          <div className="min-w-0 border-t border-slate-100 pt-4 @3xl:border-t-0 @3xl:border-l @3xl:pt-0 @3xl:pl-5 dark:border-slate-800">
            <AuditTrail items={view.audit} />
          </div>
        </div>
      </div>
    </Panel>
  );
}
