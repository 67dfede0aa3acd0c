"use client";

import { useRef, useState } from "react";
import { callBackNowAction } from "@/app/(dashboard)/missed/actions";
import { newRequestKey } from "@/components/calls/place-call-form-context";
import type { RefusalOffer } from "@/components/calls/refusal-offer";
import type { PlacedCall } from "@/lib/calls/types";

export type CallBackFeedback =
  { kind: "offer"; offer: RefusalOffer } | { kind: "error"; message: string; code?: string } | { kind: "placed"; call: PlacedCall };

/**
 * "Call back now" with the place-call form's refusal handling: an offer (schedule for later,
 * place a duplicate anyway) is accepted with the same request key, so it stays one request.
 */
export function useCallBackNow(missedCallId: string) {
  const [feedback, setFeedback] = useState<CallBackFeedback | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);

  async function send(flags: { scheduleIfOutsideHours?: boolean; confirmDuplicate?: boolean } = {}) {
    if (pending) return;
    setPending(true);
    key.current ??= newRequestKey();
    try {
      const res = await callBackNowAction({ missedCallId, requestKey: key.current, ...flags });
      if (!res.ok && (res.code === "outside_calling_hours" || res.code === "confirm_duplicate")) {
        setFeedback({ kind: "offer", offer: { code: res.code, message: res.error, allowedAt: res.allowedAt } });
        return;
      }
      // Anything else ends this request; another click is a new one.
      key.current = null;
      setFeedback(res.ok ? { kind: "placed", call: res.data } : { kind: "error", message: res.error, code: res.code });
    } catch {
      setFeedback({ kind: "error", message: "Could not reach the server. Try again; it will not place a second call." });
    } finally {
      setPending(false);
    }
  }

  function accept() {
    if (feedback?.kind !== "offer") return;
    void send(feedback.offer.code === "outside_calling_hours" ? { scheduleIfOutsideHours: true } : { confirmDuplicate: true });
  }

  function clear() {
    key.current = null;
    setFeedback(null);
  }

  return { feedback, pending, callNow: () => void send(), accept, clear };
}
