"use client";
import { useState } from "react";
import { cancelCallAction } from "@/app/(dashboard)/calls/actions";
import { Button } from "@/components/ui/button";

/**
 * "Cancel call" for a call that has not gone out (held, scheduled, retrying). Asks once more
 * before cancelling: a cancel cannot be undone, only placed again.
 */
export function CancelCallButton({ callId, customerName }: { callId: string; customerName: string }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function cancel() {
    if (pending) return;
    setPending(true);
    try {
      const res = await cancelCallAction({ callId });
      setMessage(res.ok ? { text: "Call canceled", error: false } : { text: res.error, error: true });
    } catch {
      setMessage({ text: "Could not reach the server; try again.", error: true });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {message && (
        <span
          role="status"
          className={message.error ? "text-xs text-red-700 dark:text-red-300" : "text-xs text-emerald-700 dark:text-emerald-300"}
        >
          {message.text}
        </span>
      )}
      {confirming ? (
        <>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
          <Button size="sm" variant="danger" pending={pending} onClick={cancel} aria-label={`Yes, cancel the call to ${customerName}`}>
            Yes, cancel the call
          </Button>
        </>
      ) : (
        message?.error !== false && (
          <Button size="sm" onClick={() => setConfirming(true)} aria-label={`Cancel call to ${customerName}`}>
            Cancel call
          </Button>
        )
      )}
    </div>
  );
}
