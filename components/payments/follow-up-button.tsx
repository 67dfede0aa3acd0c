"use client";

import Link from "next/link";
import { useState } from "react";
import { followUpPaymentAction } from "@/app/(dashboard)/payments/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { PlacedSummary } from "@/lib/calls/placed-summary";

/** Places the collections follow-up for one overdue promise and says what became of it. */
export function FollowUpButton({ callId, customerName }: { callId: string; customerName: string }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<PlacedSummary | { tone: "danger"; text: string; callId?: undefined } | null>(null);
  if (result)
    return (
      <span role="status" className="flex flex-wrap items-center gap-2">
        <Badge tone={result.tone}>{result.text}</Badge>
        {result.callId && (
          <Link href={`/calls/${result.callId}`} className="underline underline-offset-2">
            See the call
          </Link>
        )}
      </span>
    );
  return (
    <Button
      size="sm"
      pending={pending}
      aria-label={`Call ${customerName} about the payment`}
      onClick={async () => {
        setPending(true);
        const res = await followUpPaymentAction({ callId });
        setPending(false);
        setResult(res.ok ? res.data : { tone: "danger", text: res.error });
      }}
    >
      Call about payment
    </Button>
  );
}
