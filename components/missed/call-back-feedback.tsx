"use client";

import Link from "next/link";
import { RefusalOfferPanel, when } from "@/components/calls/refusal-offer";
import { Button } from "@/components/ui/button";
import { NO_DEFAULT_ASSISTANT } from "@/lib/validation/missed-call";
import type { CallBackFeedback } from "./use-call-back-now";

const link = "font-medium underline underline-offset-2";

/** What became of "Call back now", under its row: an offer to accept, a refusal, or the call. */
export function CallBackFeedbackPanel({
  feedback,
  timeZone,
  pending,
  isAdmin,
  onAccept,
  onClose,
}: {
  feedback: CallBackFeedback;
  timeZone: string;
  pending: boolean;
  isAdmin: boolean;
  onAccept: () => void;
  onClose: () => void;
}) {
  if (feedback.kind === "offer") {
    return <RefusalOfferPanel offer={feedback.offer} timeZone={timeZone} pending={pending} onAccept={onAccept} onCancel={onClose} />;
  }
  if (feedback.kind === "error") {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
      >
        <p>{feedback.message}</p>
        {feedback.code === NO_DEFAULT_ASSISTANT &&
          (isAdmin ? (
            <Link href="/settings" className={link}>
              Open Settings
            </Link>
          ) : (
            <span>Ask an admin to set one.</span>
          ))}
        <Button size="sm" variant="ghost" className="ml-auto" onClick={onClose}>
          Close
        </Button>
      </div>
    );
  }
  const { call } = feedback;
  const refused = call.status === "blocked" || call.status === "rejected" || call.status === "failed";
  return (
    <div
      role="status"
      className={
        refused
          ? "flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
          : "flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100"
      }
    >
      <p>
        {refused
          ? (call.message ?? "The call was not placed.")
          : call.scheduledFor
            ? `Callback scheduled for ${when(call.scheduledFor, timeZone)}.`
            : "Callback placed."}
      </p>
      <Link href={`/calls/${call.id}`} className={link}>
        View call
      </Link>
      <Button size="sm" variant="ghost" className="ml-auto" onClick={onClose}>
        Close
      </Button>
    </div>
  );
}
