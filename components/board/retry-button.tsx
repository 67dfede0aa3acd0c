"use client";
import { useRef, useState } from "react";
import { retryCallAction } from "@/app/(dashboard)/calls/actions";
import { Button } from "@/components/ui/button";
import { newRequestKey } from "@/components/calls/request-key";

/**
 * "Retry" for a call that reached nobody. The key is minted once per button, so a double click or
 * a second click after a slow answer asks for the same retry and places one call.
 */
export function RetryButton({ callId, customerName }: { callId: string; customerName: string }) {
  const key = useRef(newRequestKey());
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function retry() {
    if (pending) return;
    setPending(true);
    try {
      const res = await retryCallAction({ callId, requestKey: key.current });
      if (!res.ok) setMessage({ text: res.error, error: true });
      else if (res.data.status === "rejected" || res.data.status === "failed")
        setMessage({ text: res.data.message ?? "The provider refused the retry", error: true });
      else if (res.data.status === "scheduled") setMessage({ text: "Held until calling hours open", error: false });
      else setMessage({ text: "Retry placed", error: false });
    } catch {
      setMessage({ text: "Could not reach the server; try again.", error: true });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex items-center gap-2">
      {message && (
        <span
          role="status"
          className={message.error ? "text-xs text-red-700 dark:text-red-300" : "text-xs text-emerald-700 dark:text-emerald-300"}
        >
          {message.text}
        </span>
      )}
      <Button size="sm" pending={pending} onClick={retry} aria-label={`Retry call to ${customerName}`} disabled={message?.error === false}>
        {pending ? "Retrying…" : "Retry"}
      </Button>
    </div>
  );
}
